package newsbrief.annotate;

import java.util.List;
import java.util.Objects;

/**
 * A sentence found by a {@link SentenceSplitter}: its character span in the text that was split,
 * and its tokens as written (punctuation included).
 *
 * @param begin offset of the first character
 * @param end offset one past the last character
 * @param tokens the words and punctuation of the sentence, in order
 */
public record TokenizedSentence(int begin, int end, List<String> tokens) {
  public TokenizedSentence {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
  }
}
