package newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import newsbrief.Article;
import newsbrief.text.StopWords;
import newsbrief.text.Words;

/**
 * What the reader found in one input, at one stage: the text as extracted, or the prose the
 * cleaner keeps, with the article's metadata and whether it is English. For {@code newsbrief
 * extract}, to see what is read and to score extraction against true article texts.
 *
 * @param article the article as read (its text is the extracted text)
 * @param stage which text {@link #text()} is
 * @param text the text of that stage, paragraphs separated by blank lines
 * @param english whether the article is English (others are not summarized)
 * @param extractedWords words of the extracted text, whatever the stage
 */
public record ReadText(Article article, Stage stage, String text, boolean english, long extractedWords) {
  /** How far along the reading a text is. */
  public enum Stage {
    /** The text as the reader extracted it: a page's article body, a text file unchanged. */
    EXTRACTED,
    /** The blocks {@link PageCleaner} keeps as the article's prose: what is summarized. */
    PROSE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ReadText {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(text, "text");
  }

  /** Words of {@link #text()}. */
  public long words() {
    return Words.count(text);
  }

  /**
   * The texts of {@code articles} at {@code stage}, in their order. The cleaner sees all of them
   * at once, as when they are summarized together (a short line several of them print is
   * furniture).
   */
  public static List<ReadText> of(List<Article> articles, Stage stage) {
    List<CleanedArticle> cleaned = new PageCleaner(StopWords.english()).clean(articles);
    List<ReadText> out = new ArrayList<>(articles.size());
    for (CleanedArticle c : cleaned) {
      Article a = c.article();
      String text = stage == Stage.EXTRACTED ? a.text() : prose(c);
      out.add(new ReadText(a, stage, text, c.english(), Words.count(a.text())));
    }
    return out;
  }

  private static String prose(CleanedArticle cleaned) {
    List<String> blocks = new ArrayList<>();
    for (TextBlock block : cleaned.kept()) {
      blocks.add(cleaned.article().text().substring(block.begin(), block.end()));
    }
    return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
  }
}
