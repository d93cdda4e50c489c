package newsbrief.story;

import java.util.Objects;
import newsbrief.select.Budget;
import newsbrief.select.Length;

/**
 * How long a day's brief is: one total that its sections share, or a length of its own for each
 * section, so that a day of many stories reads as a brief of each rather than one total spread thin.
 */
public sealed interface DayLength {
  /** The default: 50 to 80 words a section, at most 8 sections; a day of one story gets 200 words. */
  static DayLength defaults() {
    return new PerSection(50, 80, 8, Length.DEFAULT.budgetFor(0));
  }

  /** The length of the whole day's brief when it is one story (or a flat brief of all its articles). */
  Budget whole(long inputWords);

  /**
   * One total shared by the sections in proportion to their articles, none below the minimum of
   * {@link StoryOptions#minimumSection} ({@code --words}, {@code --sentences}, {@code --ratio}).
   *
   * @param total the whole day's length; a day of one story gets all of it
   */
  record Shared(Length total) implements DayLength {
    public Shared {
      Objects.requireNonNull(total, "total");
    }

    /** A total known in advance. */
    public Shared(Budget budget) {
      this(new Length.Fixed(budget));
    }

    @Override
    public Budget whole(long inputWords) {
      return total.budgetFor(inputWords);
    }
  }

  /**
   * A length per section: the most covered of the sections shown gets {@code mostWords}, the least
   * covered {@code fewestWords}, the others in proportion to their articles between the two; all
   * get {@code mostWords} when they are covered alike.
   *
   * @param fewestWords the least covered section's words, at least 1
   * @param mostWords the most covered section's words, at least {@code fewestWords}
   * @param maxSections most sections, at least 1 (the stories left over are listed under "Also reported")
   * @param singleStory the length of a day that is one story, which is that story's whole brief
   */
  record PerSection(int fewestWords, int mostWords, int maxSections, Budget singleStory) implements DayLength {
    public PerSection {
      if (fewestWords < 1 || mostWords < fewestWords) {
        throw new IllegalArgumentException("section words must satisfy 1 <= fewest <= most, got " + fewestWords + ", " + mostWords);
      }
      if (maxSections < 1) {
        throw new IllegalArgumentException("maxSections must be at least 1, got " + maxSections);
      }
      Objects.requireNonNull(singleStory, "singleStory");
    }

    @Override
    public Budget whole(long inputWords) {
      return singleStory;
    }

    /** The same lengths with at most {@code sections} sections. */
    public PerSection withMaxSections(int sections) {
      return new PerSection(fewestWords, mostWords, sections, singleStory);
    }

    /** The words of a section covered by {@code articles}, among sections covered by {@code fewest} to {@code most}. */
    public int words(int articles, int fewest, int most) {
      if (most == fewest) {
        return mostWords;
      }
      return fewestWords + (int) Math.round((double) (mostWords - fewestWords) * (articles - fewest) / (most - fewest));
    }
  }
}
