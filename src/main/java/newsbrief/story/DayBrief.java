package newsbrief.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.select.Budget;

/**
 * A day's brief: the day's articles grouped into stories, the most covered stories each with a
 * section of its own, then shorter stories in one line each ("Also reported"). The renderers
 * number the sources across the whole day (the sources they cite, section by section, then the
 * mentions'; {@code render.CitedSources.Day}).
 *
 * @param articles every article of the day, in input order
 * @param sections the stories with a section, most covered first
 * @param alsoReported stories listed in one line each, in the same order
 * @param notShown the other stories, neither in a section nor listed, in the same order
 * @param budget the day's length: the total its sections share, or the sum of their own lengths
 */
public record DayBrief(List<Article> articles, List<StorySection> sections, List<StoryMention> alsoReported,
    List<Story> notShown, Budget budget) {

  public DayBrief {
    articles = List.copyOf(articles);
    sections = List.copyOf(sections);
    alsoReported = List.copyOf(alsoReported);
    notShown = List.copyOf(notShown);
    Objects.requireNonNull(budget, "budget");
  }

  /** How many stories the articles form. */
  public int storyCount() {
    return sections.size() + alsoReported.size() + notShown.size();
  }

  /** The day as one story: it is shown exactly as a brief of all the articles. */
  public boolean isSingleStory() {
    return storyCount() == 1 && sections.size() == 1;
  }

  /** Stories neither in a section nor under "Also reported". */
  public int storiesNotShown() {
    return notShown.size();
  }

  /** Articles of the stories that are not shown. */
  public int articlesNotShown() {
    return notShown.stream().mapToInt(Story::size).sum();
  }

  public int sentenceCount() {
    return sections.stream().mapToInt(s -> s.brief().lines().size()).sum();
  }

  public int wordCount() {
    return sections.stream().mapToInt(s -> s.brief().wordCount()).sum();
  }

  public Optional<LocalDate> firstDate() {
    return articles.stream().flatMap(a -> a.metadata().date().stream()).min(LocalDate::compareTo);
  }

  public Optional<LocalDate> lastDate() {
    return articles.stream().flatMap(a -> a.metadata().date().stream()).max(LocalDate::compareTo);
  }

  /** Distinct outlet names among the day's articles; articles without an outlet are not counted. */
  public long outletCount() {
    return articles.stream().flatMap(a -> a.metadata().outlet().stream()).distinct().count();
  }

  /** The only section's brief, when the day is one story. */
  public Optional<Brief> singleStoryBrief() {
    return isSingleStory() ? Optional.of(sections.get(0).brief()) : Optional.empty();
  }
}
