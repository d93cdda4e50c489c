package newsbrief.render;

import java.util.List;
import java.util.Locale;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.story.DayBrief;
import newsbrief.story.StoryMention;
import newsbrief.story.StorySection;

/**
 * Renders a brief as plain text: a title with the dates covered, what it was made from, the chosen
 * sentences numbered in reading order citing their sources ({@code [n]}) and the other articles
 * that say the same, then the numbered sources. Each sentence is put on one line (its line breaks
 * and runs of spaces become one space), so that the output suits {@code grep} and pipes; given a
 * width, paragraphs are wrapped to it instead, for a terminal. Pure: the same brief gives the same
 * text.
 */
public final class TextRenderer {
  private final int width;
  private final boolean explain;

  /**
   * @param width wrap paragraphs to this many columns, or 0 for one line per paragraph
   * @param explain add under each sentence why it was chosen
   */
  public TextRenderer(int width, boolean explain) {
    if (width < 0) {
      throw new IllegalArgumentException("width below 0: " + width);
    }
    this.width = width;
    this.explain = explain;
  }

  public String render(Brief brief) {
    StringBuilder out = new StringBuilder();
    out.append("Brief").append(BriefWording.dateRange(brief.firstDate(), brief.lastDate())).append('\n');
    paragraph(out, "", "", BriefWording.summaryLine(brief));
    out.append('\n');
    CitedSources cited = CitedSources.of(brief);
    appendLines(out, brief, cited, 1, 1);
    out.append("\nSources\n");
    appendSources(out, cited.listed(), 1, String.valueOf(cited.listed().size()).length());
    return out.toString();
  }

  /**
   * A day's brief: each section's headline, what it draws on and its sentences, numbered through
   * the day; then the stories listed in one line each; then every source, numbered across the day.
   * A day that is one story is rendered exactly as {@link #render(Brief)} renders its brief.
   */
  public String render(DayBrief day) {
    return day.singleStoryBrief().map(this::render).orElseGet(() -> renderStories(day));
  }

  private String renderStories(DayBrief day) {
    StringBuilder out = new StringBuilder();
    out.append(BriefWording.dayTitle(day)).append('\n');
    paragraph(out, "", "", BriefWording.daySummary(day));
    int item = 1;
    CitedSources.Day numbers = CitedSources.Day.of(day);
    for (int s = 0; s < day.sections().size(); s++) {
      StorySection section = day.sections().get(s);
      Brief brief = section.brief();
      out.append('\n');
      paragraph(out, "", "", BriefWording.plain(section.headline()));
      paragraph(out, "", "", BriefWording.sectionSummary(brief));
      appendLines(out, brief, numbers.section(s), numbers.firstNumber(s), item);
      item += brief.lines().size();
    }
    if (!day.alsoReported().isEmpty()) {
      out.append("\nAlso reported\n");
      for (int m = 0; m < day.alsoReported().size(); m++) {
        StoryMention mention = day.alsoReported().get(m);
        int first = numbers.mentionFirst(m);
        int last = first + numbers.mentionSources(m).size() - 1;
        int more = mention.sources().size() - numbers.mentionSources(m).size();
        paragraph(out, "- ", "  ", BriefWording.plain(mention.headline())
            + (first == last ? " [" + first + "]" : " [" + first + "]-[" + last + "]") + (more > 0 ? " and " + more + " more" : ""));
      }
    }
    out.append("\nSources\n");
    int digits = String.valueOf(numbers.last()).length();
    for (int s = 0; s < day.sections().size(); s++) {
      appendSources(out, numbers.section(s).listed(), numbers.firstNumber(s), digits);
    }
    for (int m = 0; m < day.alsoReported().size(); m++) {
      appendSources(out, numbers.mentionSources(m), numbers.mentionFirst(m), digits);
    }
    return out.toString();
  }

  private void appendLines(StringBuilder out, Brief brief, CitedSources cited, int firstSource, int firstItem) {
    List<BriefLine> lines = brief.lines();
    String numberWidth = "%" + String.valueOf(firstItem + lines.size() - 1).length() + "d. ";
    for (int i = 0; i < lines.size(); i++) {
      String number = String.format(Locale.ROOT, numberWidth, firstItem + i);
      String indent = " ".repeat(number.length());
      paragraph(out, number, indent, BriefWording.line(brief, i, cited, firstSource, BriefWording::plain));
      if (explain) {
        paragraph(out, indent + "why: ", indent + "     ",
            Explanations.describe(lines.get(i), brief, cited, firstSource, BriefWording::plain));
      }
    }
  }

  private void appendSources(StringBuilder out, List<Article> sources, int firstSource, int digits) {
    String citationWidth = "%-" + (digits + 3) + "s";
    for (int i = 0; i < sources.size(); i++) {
      String citation = String.format(Locale.ROOT, citationWidth, "[" + (i + firstSource) + "]");
      paragraph(out, citation, " ".repeat(citation.length()), BriefWording.source(sources.get(i)));
    }
  }

  /** Appends {@code text} after {@code first}, wrapped to the width with {@code rest} before each further line. */
  private void paragraph(StringBuilder out, String first, String rest, String text) {
    if (width == 0) {
      out.append(first).append(text).append('\n');
      return;
    }
    StringBuilder line = new StringBuilder(first);
    int column = first.length();
    boolean lineHasWord = false;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (lineHasWord && column + 1 + word.length() > width) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(rest);
        column = rest.length();
        lineHasWord = false;
      }
      if (lineHasWord) {
        line.append(' ');
        column++;
      }
      line.append(word);
      column += word.length();
      lineHasWord = true;
    }
    out.append(line).append('\n');
  }
}
