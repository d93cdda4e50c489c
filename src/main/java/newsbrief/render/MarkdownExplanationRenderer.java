package newsbrief.render;

import java.util.List;
import newsbrief.Brief;
import newsbrief.BriefLine;

/**
 * The section a Markdown brief gets with {@code --explain}, to follow {@link MarkdownRenderer}'s
 * output: one numbered item per bullet, in the same order, saying why that sentence was chosen
 * (see {@link Explanations}).
 */
public final class MarkdownExplanationRenderer {
  public String render(Brief brief) {
    StringBuilder out = new StringBuilder("\n## Why these sentences\n\n");
    List<BriefLine> lines = brief.lines();
    CitedSources cited = CitedSources.of(brief);
    for (int i = 0; i < lines.size(); i++) {
      BriefLine line = lines.get(i);
      out.append(i + 1).append(". \"").append(MarkdownText.inline(Explanations.quote(line.sentence().text()))).append("\" [")
          .append(cited.number(line.source())).append("]: ").append(Explanations.describe(line, brief, cited, MarkdownText::inline))
          .append('\n');
    }
    return out.toString();
  }
}
