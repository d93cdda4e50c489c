package newsbrief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a word is, defined once for the whole program. There are three notions, each for its use:
 *
 * <ul>
 *   <li>{@link #count(CharSequence) counted words}: runs of non-space characters, as a reader, a
 *       length budget and ROUGE's length limit count them;
 *   <li>{@link #of(CharSequence) word tokens} of raw text: maximal runs of letters, digits and
 *       combining marks, where an apostrophe ({@code '} or {@code ’}), period or hyphen between two
 *       of them joins ({@code U.S.}, {@code don't}, {@code al-Sudani} are one word each), for
 *       telling prose from furniture, weighing whole articles and finding copies;
 *   <li>{@link #rougeTokens(String) ROUGE tokens}: maximal runs of {@code a-z0-9} in lower-cased
 *       text, the units ROUGE-1.5.5 counts (every other character, each non-ASCII one included,
 *       separates them), for the concepts that selection covers and for scoring.
 * </ul>
 *
 * <p>Sentences get their tokens from the sentence splitter (CoreNLP); those tokens, like word
 * tokens, become index terms through an {@link Analyzer}. Pure and thread-safe.
 */
public final class Words {
  private Words() {}

  /** Receives the span {@code [begin, end)} of each word found. */
  @FunctionalInterface
  public interface SpanConsumer {
    void accept(int begin, int end);
  }

  /** Runs of non-space characters in {@code text}. */
  public static int count(CharSequence text) {
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

  /** The word tokens of {@code text}, in order. */
  public static List<String> of(CharSequence text) {
    return of(text, 0, text.length());
  }

  /** The word tokens of {@code text} between {@code begin} and {@code end}, in order. */
  public static List<String> of(CharSequence text, int begin, int end) {
    List<String> words = new ArrayList<>();
    forEach(text, begin, end, (b, e) -> words.add(text.subSequence(b, e).toString()));
    return words;
  }

  /** Calls {@code consumer} with the span of each word token of {@code text} in {@code [begin, end)}, in order. */
  public static void forEach(CharSequence text, int begin, int end, SpanConsumer consumer) {
    int i = begin;
    while (i < end) {
      int cp = Character.codePointAt(text, i);
      if (!isWordCharacter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < end) {
        int c = Character.codePointAt(text, i);
        if (isWordCharacter(c)) {
          i += Character.charCount(c);
        } else if (isJoiner(c) && i + 1 < end && isWordCharacter(Character.codePointAt(text, i + 1))) {
          i++;
        } else {
          break;
        }
      }
      consumer.accept(start, i);
    }
  }

  /** Letters, digits and combining marks make words. */
  public static boolean isWordCharacter(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
          || (codePoint >= '0' && codePoint <= '9');
    }
    int type = Character.getType(codePoint);
    return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isJoiner(int c) {
    return c == '\'' || c == '\u2019' || c == '.' || c == '-';
  }

  /** The ROUGE tokens of lower-cased {@code text}: its maximal runs of {@code a-z0-9}, in order. */
  public static List<String> rougeTokens(String text) {
    List<String> tokens = new ArrayList<>();
    addRougeTokens(text, tokens);
    return tokens;
  }

  /** Appends the ROUGE tokens of lower-cased {@code text} to {@code into}. */
  public static void addRougeTokens(String text, List<String> into) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean token = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (token && start < 0) {
        start = i;
      } else if (!token && start >= 0) {
        into.add(text.substring(start, i));
        start = -1;
      }
    }
  }
}
