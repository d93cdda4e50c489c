package newsbrief.read;

import newsbrief.Whitespace;

/**
 * Blankness that also counts the invisible spaces pages are full of: no-break spaces, the
 * zero-width space and the BOM. Zero-width (non-)joiners are not blank: Persian and Arabic
 * spelling needs them.
 */
final class Blank {
  private Blank() {}

  /** True when {@code text} holds only blank characters. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True for whitespace, no-break spaces, the zero-width space and the BOM. */
  static boolean isBlank(char c) {
    return Whitespace.isBlank(c);
  }
}
