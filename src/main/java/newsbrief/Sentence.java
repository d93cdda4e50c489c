package newsbrief;

import java.util.List;
import java.util.Objects;
import newsbrief.text.Words;

/**
 * One sentence of one article, exactly as written there.
 *
 * @param article index of its article in the input list
 * @param position its place among the article's kept sentences, from 0
 * @param begin offset of its first character in the article text
 * @param end offset one past its last character
 * @param text the article's text between {@code begin} and {@code end}
 * @param tokens its words and punctuation marks
 */
public record Sentence(int article, int position, int begin, int end, String text, List<String> tokens) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    if (article < 0 || position < 0 || begin < 0 || end - begin != text.length()) {
      throw new IllegalArgumentException("bad sentence coordinates " + article + "/" + position + " " + begin + ".." + end);
    }
  }

  /** Words as a reader (and ROUGE) counts them: runs of non-space characters ({@link Words#count}). */
  public int wordCount() {
    return Words.count(text);
  }
}
