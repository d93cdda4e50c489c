package newsbrief.render;

import java.util.List;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;

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
    List<BriefLine> lines = brief.lines();
    CitedSources cited = CitedSources.of(brief);
    String numberWidth = "%" + String.valueOf(lines.size()).length() + "d. ";
    for (int i = 0; i < lines.size(); i++) {
      BriefLine line = lines.get(i);
      StringBuilder text = new StringBuilder(BriefWording.plain(line.sentence().text()));
      text.append(" [").append(cited.number(line.source())).append(']');
      if (!line.alsoIn().isEmpty()) {
        text.append(" (also in ").append(cited.alsoInText(i, 1)).append(')');
      }
      String number = String.format(numberWidth, i + 1);
      String indent = " ".repeat(number.length());
      paragraph(out, number, indent, text.toString());
      if (explain) {
        paragraph(out, indent + "why: ", indent + "     ", Explanations.describe(line, brief, cited, BriefWording::plain));
      }
    }
    out.append("\nSources\n");
    List<Article> sources = cited.listed();
    String citationWidth = "%-" + (String.valueOf(sources.size()).length() + 3) + "s";
    for (int i = 0; i < sources.size(); i++) {
      String citation = String.format(citationWidth, "[" + (i + 1) + "]");
      paragraph(out, citation, " ".repeat(citation.length()), BriefWording.source(sources.get(i)));
    }
    return out.toString();
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
