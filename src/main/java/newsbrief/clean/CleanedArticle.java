package newsbrief.clean;

import java.util.List;
import newsbrief.Article;

/**
 * An article split into blocks, each classified; {@link #prose()} is what the summarizer reads.
 */
public record CleanedArticle(Article article, List<TextBlock> blocks) {
  public CleanedArticle {
    blocks = List.copyOf(blocks);
  }

  public List<TextBlock> prose() {
    return blocks.stream().filter(b -> b.kind() == BlockKind.PROSE).toList();
  }

  public List<TextBlock> dropped() {
    return blocks.stream().filter(b -> b.kind() != BlockKind.PROSE).toList();
  }
}
