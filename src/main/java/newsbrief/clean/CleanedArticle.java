package newsbrief.clean;

import java.util.List;
import newsbrief.Article;

/**
 * An article split into blocks, each classified, and whether it is in English.
 *
 * <p>{@link #kept()} is the article text the cleaner keeps, whatever its language;
 * {@link #prose()}, what the summarizer reads, is the same for an English article and empty for
 * one in another language, which the summarizer (English stop words, stemmer and splitter) cannot
 * read.
 *
 * @param english false when the article's prose has too few English function words to be English
 */
public record CleanedArticle(Article article, List<TextBlock> blocks, boolean english) {
  public CleanedArticle {
    blocks = List.copyOf(blocks);
  }

  /** An English article. */
  public CleanedArticle(Article article, List<TextBlock> blocks) {
    this(article, blocks, true);
  }

  /** The blocks the summarizer reads: the kept ones of an English article, none of another. */
  public List<TextBlock> prose() {
    return english ? kept() : List.of();
  }

  /** The blocks of article text, in any language. */
  public List<TextBlock> kept() {
    return blocks.stream().filter(b -> b.kind() == BlockKind.PROSE).toList();
  }

  public List<TextBlock> dropped() {
    return blocks.stream().filter(b -> b.kind() != BlockKind.PROSE).toList();
  }
}
