package newsbrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsbrief.read.InputProblem;
import newsbrief.read.PreparedInput;
import newsbrief.select.Budget;
import newsbrief.story.DayBrief;
import newsbrief.story.StoryOptions;

/**
 * What {@link Newsbrief#brief} made: the day's brief, the budget its length came to, and what
 * became of every input.
 *
 * @param request what was asked for
 * @param day the day's brief, a section per story (one for a day of one story)
 * @param budget the whole day's length budget, all sections together
 * @param input what was read, what the date window left out and which copies were dropped
 * @param sentenceless articles read in which no quotable sentence was found, in input order
 * @param shortestSentence words of the shortest sentence the articles offered: when the brief is
 *     empty, no sentence fitted its budget, and this says how much it would take
 * @param storiesFound how many stories the articles tell: those of {@code day}, or, for a flat
 *     brief of them all, how many sections they would have had
 * @param summaryOptions the settings each story was summarized with
 * @param storyOptions the settings the day was grouped and cut into sections with
 */
public record BriefReport(BriefRequest request, DayBrief day, Budget budget, PreparedInput input,
    List<InputProblem> sentenceless, int shortestSentence, int storiesFound, SummaryOptions summaryOptions,
    StoryOptions storyOptions) {
  public BriefReport {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(summaryOptions, "summaryOptions");
    Objects.requireNonNull(storyOptions, "storyOptions");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(input, "input");
    sentenceless = List.copyOf(sentenceless);
  }

  /** Every input that could not be used: unreadable ones, then those without a sentence. */
  public List<InputProblem> problems() {
    List<InputProblem> all = new ArrayList<>(input.batch().problems());
    all.addAll(sentenceless);
    return all;
  }

  /** Lines for the user about articles read but not summarized or kept with a caveat (window, copies). */
  public List<String> notes() {
    return input.notes();
  }
}
