package newsbrief.render;

import java.util.List;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.story.DayBrief;

/**
 * The section a Markdown brief gets with {@code --explain}, to follow {@link MarkdownRenderer}'s
 * output: one numbered item per bullet, in the same order, saying why that sentence was chosen
 * (see {@link Explanations}).
 */
public final class MarkdownExplanationRenderer {
  public String render(Brief brief) {
    StringBuilder out = new StringBuilder("\n## Why these sentences\n\n");
    appendItems(out, brief, CitedSources.of(brief), 1, 1);
    return out.toString();
  }

  /** The same for a day's brief: its sections' bullets, numbered through the day, sources as the day numbers them. */
  public String render(DayBrief day) {
    StringBuilder out = new StringBuilder("\n## Why these sentences\n\n");
    int item = 1;
    CitedSources.Day numbers = CitedSources.Day.of(day);
    for (int s = 0; s < day.sections().size(); s++) {
      Brief brief = day.sections().get(s).brief();
      appendItems(out, brief, numbers.section(s), numbers.firstNumber(s), item);
      item += brief.lines().size();
    }
    return out.toString();
  }

  private static void appendItems(StringBuilder out, Brief brief, CitedSources cited, int firstSource, int firstItem) {
    List<BriefLine> lines = brief.lines();
    for (int i = 0; i < lines.size(); i++) {
      BriefLine line = lines.get(i);
      out.append(firstItem + i).append(". \"").append(MarkdownText.inline(Explanations.quote(line.sentence().text())))
          .append("\" [").append(cited.number(line.source()) + firstSource - 1).append("]: ")
          .append(Explanations.describe(line, brief, cited, firstSource, MarkdownText::inline))
          .append('\n');
    }
  }
}
