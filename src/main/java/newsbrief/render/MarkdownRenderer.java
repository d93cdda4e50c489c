package newsbrief.render;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.story.DayBrief;
import newsbrief.story.StoryMention;
import newsbrief.story.StorySection;

/**
 * Renders a brief as Markdown: a title with the dates covered, what it was made from, the chosen
 * sentences as bullets citing their sources ({@code [n]}) and the other articles that say the
 * same ({@code also in [2], [4]}), then the numbered sources. A day of several stories gets a
 * section per story (its headline, what it draws on, its bullets, its sources) and then an "Also
 * reported" list of one line per story; sources are numbered across the whole day, so {@code [n]}
 * means the same article wherever it appears. Pure: the same brief gives the same bytes.
 */
public final class MarkdownRenderer {
  public String render(Brief brief) {
    StringBuilder out = new StringBuilder();
    out.append("# Daily brief").append(BriefWording.dateRange(brief.firstDate(), brief.lastDate())).append("\n\n");
    out.append(BriefWording.summaryLine(brief)).append("\n\n");
    appendLines(out, brief, 1);
    out.append("\n## Sources\n\n");
    appendSources(out, brief.sources(), 1);
    return out.toString();
  }

  /**
   * Renders a day's brief; a day that is one story is rendered exactly as {@link #render(Brief)}
   * renders its brief.
   */
  public String render(DayBrief day) {
    Optional<Brief> single = day.singleStoryBrief();
    if (single.isPresent()) {
      return render(single.get());
    }
    StringBuilder out = new StringBuilder();
    out.append("# Daily brief").append(BriefWording.dateRange(day.firstDate(), day.lastDate())).append("\n\n");
    out.append(BriefWording.daySummary(day)).append('\n');
    for (int s = 0; s < day.sections().size(); s++) {
      StorySection section = day.sections().get(s);
      Brief brief = section.brief();
      int first = day.firstSourceNumber(s);
      out.append("\n## ").append(section.headline()).append("\n\n");
      String dates = BriefWording.dateRange(brief.firstDate(), brief.lastDate());
      out.append(dates.isEmpty() ? "" : dates.substring(2) + ". ").append(BriefWording.summaryLine(brief)).append("\n\n");
      appendLines(out, brief, first);
      out.append("\n### Sources\n\n");
      appendSources(out, brief.sources(), first);
    }
    if (!day.alsoReported().isEmpty() || day.storiesNotShown() > 0) {
      appendAlsoReported(out, day);
    }
    return out.toString();
  }

  private static void appendAlsoReported(StringBuilder out, DayBrief day) {
    out.append("\n## Also reported\n\n");
    for (int m = 0; m < day.alsoReported().size(); m++) {
      StoryMention mention = day.alsoReported().get(m);
      int first = day.firstMentionSourceNumber(m);
      int last = first + mention.sources().size() - 1;
      out.append("- ").append(mention.headline());
      out.append(first == last ? " [" + first + "]" : " (" + mention.sources().size() + " articles) [" + first + "]\u2013[" + last + "]");
      out.append('\n');
    }
    if (day.storiesNotShown() > 0) {
      out.append(day.alsoReported().isEmpty() ? "" : "\n").append(day.storiesNotShown())
          .append(day.storiesNotShown() == 1 ? " more story (" : " more stories (").append(day.articlesNotShown())
          .append(day.articlesNotShown() == 1 ? " article" : " articles").append(") not shown.\n");
    }
    if (!day.alsoReported().isEmpty()) {
      out.append("\n### Sources\n\n");
      for (int m = 0; m < day.alsoReported().size(); m++) {
        appendSources(out, day.alsoReported().get(m).sources(), day.firstMentionSourceNumber(m));
      }
    }
  }

  private static void appendLines(StringBuilder out, Brief brief, int firstSource) {
    for (BriefLine line : brief.lines()) {
      out.append("- ").append(line.sentence().text().strip()).append(" [").append(line.source() + firstSource).append(']');
      if (!line.alsoIn().isEmpty()) {
        out.append(" (also in ").append(citations(line.alsoIn(), firstSource)).append(')');
      }
      out.append('\n');
    }
  }

  private static void appendSources(StringBuilder out, List<Article> sources, int firstSource) {
    for (int i = 0; i < sources.size(); i++) {
      out.append(i + firstSource).append(". ").append(BriefWording.source(sources.get(i))).append('\n');
    }
  }

  private static String citations(List<Integer> sources, int firstSource) {
    return sources.stream().map(s -> "[" + (s + firstSource) + "]").collect(Collectors.joining(", "));
  }
}
