package newsbrief.render;

import java.util.List;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.story.DayBrief;
import newsbrief.story.StoryMention;
import newsbrief.story.StorySection;

/**
 * Renders a brief as Markdown: a title with the dates covered, what it was made from, the chosen
 * sentences as bullets citing their sources ({@code [n]}) and the other articles that say the
 * same ({@code also in [2], [4]}), then the numbered sources. A day of several stories gets a
 * section per story (its headline, what it draws on, its bullets, its sources) and then an "Also
 * reported" list of one line per story; sources are numbered across the whole day, so {@code [n]}
 * means the same article wherever it appears. When a brief's sources span several days, each
 * bullet opens with its article's day ({@code 25 Jan:}). Pure: the same brief gives the same bytes.
 */
public final class MarkdownRenderer {
  public String render(Brief brief) {
    StringBuilder out = new StringBuilder();
    out.append("# Daily brief").append(BriefWording.dateRange(brief.firstDate(), brief.lastDate())).append("\n\n");
    out.append(BriefWording.summaryLine(brief)).append("\n\n");
    CitedSources cited = CitedSources.of(brief);
    appendLines(out, brief, cited, 1);
    out.append("\n## Sources\n\n");
    appendSources(out, cited.listed(), 1);
    return out.toString();
  }

  /**
   * Renders a day's brief; a day that is one story is rendered exactly as {@link #render(Brief)}
   * renders its brief.
   */
  public String render(DayBrief day) {
    return day.singleStoryBrief().map(this::render).orElseGet(() -> renderStories(day));
  }

  private String renderStories(DayBrief day) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(BriefWording.dayTitle(day)).append("\n\n");
    out.append(BriefWording.daySummary(day)).append('\n');
    CitedSources.Day numbers = CitedSources.Day.of(day);
    for (int s = 0; s < day.sections().size(); s++) {
      StorySection section = day.sections().get(s);
      Brief brief = section.brief();
      int first = numbers.firstNumber(s);
      out.append("\n## ").append(MarkdownText.inline(section.headline())).append("\n\n");
      out.append(BriefWording.sectionSummary(brief)).append("\n\n");
      appendLines(out, brief, numbers.section(s), first);
      out.append("\n### Sources\n\n");
      appendSources(out, numbers.section(s).listed(), first);
    }
    if (!day.alsoReported().isEmpty() || day.storiesNotShown() > 0) {
      appendAlsoReported(out, day, numbers);
    }
    return out.toString();
  }

  private static void appendAlsoReported(StringBuilder out, DayBrief day, CitedSources.Day numbers) {
    out.append("\n## Also reported\n\n");
    for (int m = 0; m < day.alsoReported().size(); m++) {
      StoryMention mention = day.alsoReported().get(m);
      int size = mention.sources().size();
      int listed = numbers.mentionSources(m).size();
      int first = numbers.mentionFirst(m);
      int last = first + listed - 1;
      String articles = size + " articles" + (listed < size ? ", " + listed + " listed" : "");
      out.append("- ").append(MarkdownText.inline(mention.headline()));
      out.append(size == 1 ? " [" + first + "]" : " (" + articles + ") [" + first + "]\u2013[" + last + "]");
      out.append('\n');
    }
    if (day.storiesNotShown() > 0) {
      out.append(day.alsoReported().isEmpty() ? "" : "\n").append(BriefWording.notShown(day)).append('\n');
    }
    if (!day.alsoReported().isEmpty()) {
      out.append("\n### Sources\n\n");
      for (int m = 0; m < day.alsoReported().size(); m++) {
        appendSources(out, numbers.mentionSources(m), numbers.mentionFirst(m));
      }
    }
  }

  private static void appendLines(StringBuilder out, Brief brief, CitedSources cited, int firstSource) {
    for (int i = 0; i < brief.lines().size(); i++) {
      out.append("- ").append(BriefWording.line(brief, i, cited, firstSource, MarkdownText::inline)).append('\n');
    }
  }

  private static void appendSources(StringBuilder out, List<Article> sources, int firstSource) {
    for (int i = 0; i < sources.size(); i++) {
      out.append(i + firstSource).append(". ").append(BriefWording.markdownSource(sources.get(i))).append('\n');
    }
  }
}
