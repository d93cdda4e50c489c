package newsbrief.render;

import java.util.List;
import java.util.Optional;
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
    Optional<Brief> single = day.singleStoryBrief();
    if (single.isPresent()) {
      return render(single.get());
    }
    StringBuilder out = new StringBuilder();
    out.append("# Daily brief").append(BriefWording.dateRange(day.firstDate(), day.lastDate())).append("\n\n");
    out.append(daySummary(day)).append('\n');
    int first = 1;
    for (int s = 0; s < day.sections().size(); s++) {
      StorySection section = day.sections().get(s);
      Brief brief = section.brief();
      CitedSources cited = CitedSources.of(brief);
      out.append("\n## ").append(MarkdownText.inline(section.headline())).append("\n\n");
      String dates = BriefWording.dateRange(brief.firstDate(), brief.lastDate());
      out.append(dates.isEmpty() ? "" : dates.substring(2) + ". ").append(BriefWording.summaryLine(brief)).append("\n\n");
      appendLines(out, brief, cited, first);
      out.append("\n### Sources\n\n");
      appendSources(out, cited.listed(), first);
      first += cited.listed().size();
    }
    if (!day.alsoReported().isEmpty() || day.storiesNotShown() > 0) {
      appendAlsoReported(out, day, first);
    }
    return out.toString();
  }

  /** Most sources listed for one story under "Also reported"; the others are counted. */
  static final int MENTION_SOURCES = 3;

  private static void appendAlsoReported(StringBuilder out, DayBrief day, int firstNumber) {
    out.append("\n## Also reported\n\n");
    int[] firsts = new int[day.alsoReported().size()];
    int next = firstNumber;
    for (int m = 0; m < day.alsoReported().size(); m++) {
      StoryMention mention = day.alsoReported().get(m);
      int size = mention.sources().size();
      int listed = Math.min(MENTION_SOURCES, size);
      firsts[m] = next;
      int last = next + listed - 1;
      out.append("- ").append(MarkdownText.inline(mention.headline()));
      String articles = size + " articles" + (listed < size ? ", " + listed + " listed" : "");
      out.append(size == 1 ? " [" + next + "]" : " (" + articles + ") [" + next + "]\u2013[" + last + "]");
      out.append('\n');
      next = last + 1;
    }
    if (day.storiesNotShown() > 0) {
      out.append(day.alsoReported().isEmpty() ? "" : "\n").append(day.storiesNotShown())
          .append(day.storiesNotShown() == 1 ? " more story (" : " more stories (").append(day.articlesNotShown())
          .append(day.articlesNotShown() == 1 ? " article" : " articles").append(") not shown.\n");
    }
    if (!day.alsoReported().isEmpty()) {
      out.append("\n### Sources\n\n");
      for (int m = 0; m < day.alsoReported().size(); m++) {
        List<Article> sources = day.alsoReported().get(m).sources();
        appendSources(out, sources.subList(0, Math.min(MENTION_SOURCES, sources.size())), firsts[m]);
      }
    }
  }

  private static void appendLines(StringBuilder out, Brief brief, CitedSources cited, int firstSource) {
    for (int i = 0; i < brief.lines().size(); i++) {
      BriefLine line = brief.lines().get(i);
      out.append("- ").append(MarkdownText.inline(line.sentence().text())).append(" [")
          .append(cited.number(line.source()) + firstSource - 1).append(']');
      if (!line.alsoIn().isEmpty()) {
        out.append(" (also in ").append(cited.alsoInText(i, firstSource)).append(')');
      }
      out.append('\n');
    }
  }

  private static void appendSources(StringBuilder out, List<Article> sources, int firstSource) {
    for (int i = 0; i < sources.size(); i++) {
      out.append(i + firstSource).append(". ").append(BriefWording.markdownSource(sources.get(i))).append('\n');
    }
  }

  private static String daySummary(DayBrief day) {
    int articles = day.articles().size();
    long outlets = day.outletCount();
    long undated = day.articles().stream().filter(a -> a.metadata().date().isEmpty()).count();
    StringBuilder line = new StringBuilder();
    line.append(articles).append(articles == 1 ? " article" : " articles")
        .append(" in ").append(day.storyCount()).append(day.storyCount() == 1 ? " story" : " stories");
    if (outlets > 0) {
      line.append(", from ").append(outlets).append(outlets == 1 ? " outlet" : " outlets");
    }
    if (undated > 0) {
      line.append(undated == articles ? "; none states a date" : "; " + undated + " state" + (undated == 1 ? "s" : "") + " no date");
    }
    line.append('.');
    int sections = day.sections().size();
    if (sections > 0) {
      line.append(sections == 1 ? " The most covered is" : " The " + sections + " most covered are")
          .append(" summarized below in ").append(day.sentenceCount()).append(day.sentenceCount() == 1 ? " sentence, " : " sentences, ")
          .append(day.wordCount()).append(" words.");
    }
    int mentions = day.alsoReported().size();
    if (mentions > 0) {
      line.append(' ').append(mentions).append(mentions == 1 ? " more is" : " more are").append(" listed under Also reported.");
    }
    return line.toString();
  }
}
