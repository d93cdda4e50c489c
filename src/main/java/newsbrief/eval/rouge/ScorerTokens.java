package newsbrief.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens the official scorer finds in a (lower-cased, already cut) text. It puts spaces around
 * every {@code -}, turns every character other than {@code A-Za-z0-9-} into a space, splits at
 * spaces and keeps the tokens that start with {@code a-z}, {@code 0-9} or {@code $}. Since {@code $}
 * has been blanked by then and the lone {@code -} tokens are dropped, a token is exactly a maximal run
 * of {@code [a-z0-9]}; every other byte, including each byte of a non-ASCII character, separates
 * tokens.
 */
final class ScorerTokens {
  private ScorerTokens() {}

  /** The tokens of {@code text}, each passed through {@code stemmer}, appended to {@code into}. */
  static void appendTokens(byte[] text, TokenStemmer stemmer, List<String> into) {
    int position = 0;
    while (position < text.length) {
      while (position < text.length && !isTokenByte(text[position])) {
        position++;
      }
      int start = position;
      while (position < text.length && isTokenByte(text[position])) {
        position++;
      }
      if (position > start) {
        into.add(stemmer.stem(new String(text, start, position - start, StandardCharsets.US_ASCII)));
      }
    }
  }

  /** The tokens of {@code text}, each passed through {@code stemmer}. */
  static List<String> tokens(byte[] text, TokenStemmer stemmer) {
    List<String> tokens = new ArrayList<>();
    appendTokens(text, stemmer, tokens);
    return tokens;
  }

  private static boolean isTokenByte(byte value) {
    return (value >= 'a' && value <= 'z') || (value >= '0' && value <= '9');
  }
}
