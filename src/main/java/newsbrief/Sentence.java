package newsbrief;

import java.util.List;
import java.util.Objects;

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

  /** Words as a reader (and ROUGE) counts them: runs of non-space characters. */
  public int wordCount() {
    return countWords(text);
  }

  public static int countWords(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
