package newsbrief.read;

/** Blankness that also counts the invisible characters pages are full of. */
final class Blank {
  private Blank() {}

  /** True when {@code text} holds only whitespace, no-break spaces, zero-width characters or BOMs. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B'
          && c != '\u200C' && c != '\u200D' && c != '\u2060') {
        return false;
      }
    }
    return true;
  }
}
