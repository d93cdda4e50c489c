package newsbrief.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsbrief.text.Words;

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

  /**
   * The tokens of {@code text}, each passed through {@code stemmer}, appended to {@code into}. Each
   * byte is read as one character (ISO 8859-1), so the bytes of a non-ASCII character are never
   * {@code a-z0-9} and separate tokens, as in the scorer; the tokens are {@link Words#rougeTokens}.
   */
  static void appendTokens(byte[] text, TokenStemmer stemmer, List<String> into) {
    for (String token : Words.rougeTokens(new String(text, StandardCharsets.ISO_8859_1))) {
      into.add(stemmer.stem(token));
    }
  }

  /** The tokens of {@code text}, each passed through {@code stemmer}. */
  static List<String> tokens(byte[] text, TokenStemmer stemmer) {
    List<String> tokens = new ArrayList<>();
    appendTokens(text, stemmer, tokens);
    return tokens;
  }
}
