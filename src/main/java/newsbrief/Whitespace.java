package newsbrief;

/**
 * White space as scraped pages have it: besides ordinary white space, no-break spaces, the
 * zero-width space and the BOM are blank. Zero-width (non-)joiners are not: Persian and Arabic
 * spelling needs them.
 */
public final class Whitespace {
  private Whitespace() {}

  /** True for whitespace, no-break and other space characters, the zero-width space and the BOM. */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /** {@code text} with every run of blanks (line breaks included) as one space, none at either end. */
  public static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBlank(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
