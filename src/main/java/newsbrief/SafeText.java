package newsbrief;

/**
 * Text from an input made safe to show on a terminal or in a file: control characters, which a
 * terminal obeys instead of showing (ESC starts the sequences that clear the screen, move the
 * cursor or, by OSC 52, write the clipboard; a carriage return overwrites the line; NUL, DEL and
 * the C1 controls do other things), and the bidirectional overrides and isolates, which make text
 * display in another order than it is read ("Trojan Source"), are replaced by U+FFFD, so that the
 * reader sees that something was there. Everything else, tabs and (in {@link #neutralise}) line
 * feeds included, is kept.
 *
 * <p>Used by the text and Markdown renderers for everything taken from an input (their Markdown
 * escaping builds on it), by {@link NewsbriefException} for every message, and by the command line
 * for whatever reaches standard error. JSON escapes the same characters itself.
 */
public final class SafeText {
  /** What a neutralised character becomes. */
  public static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /** True for C0 controls other than tab and line feed, DEL, C1 controls, bidi embeddings, overrides and isolates. */
  public static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\t' && c != '\n')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** {@code text} with every {@linkplain #isUnsafe unsafe} character replaced by U+FFFD; line feeds and tabs kept. */
  public static String neutralise(String text) {
    return replace(text, false);
  }

  /**
   * {@code text} as one line: unsafe characters and line breaks (line feed, U+2028, U+2029)
   * replaced by U+FFFD, for messages of one line.
   */
  public static String oneLine(String text) {
    return replace(text, true);
  }

  private static String replace(String text, boolean breaks) {
    if (text == null) {
      return null;
    }
    int first = firstUnsafe(text, breaks);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(unsafe(c, breaks) ? REPLACEMENT : c);
    }
    return out.toString();
  }

  private static int firstUnsafe(String text, boolean breaks) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text.charAt(i), breaks)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean unsafe(char c, boolean breaks) {
    return isUnsafe(c) || (breaks && (c == '\n' || c == '\u2028' || c == '\u2029'));
  }
}
