package newsbrief.annotate;

/**
 * The share of a sentence's words that stand inside quotation marks: typographic
 * ({@code “...”}), wire style ({@code ``...''}) or straight ({@code "..."}, each mark toggling). A
 * quotation left open runs to the end of the sentence, as news style leaves one open across
 * paragraphs. Words are runs of non-space characters; a word counts as quoted when it starts
 * inside a quotation. A sentence without words has share 0.
 */
public final class QuotedShare {
  private QuotedShare() {}

  public static double of(String sentence) {
    int words = 0;
    int quoted = 0;
    boolean inQuote = false;
    boolean inWord = false;
    int n = sentence.length();
    for (int i = 0; i < n; i++) {
      char c = sentence.charAt(i);
      if (c == '\u201c' || (c == '`' && i + 1 < n && sentence.charAt(i + 1) == '`')) {
        inQuote = true;
      } else if (c == '\u201d' || (c == '\'' && i + 1 < n && sentence.charAt(i + 1) == '\'' && inQuote)) {
        inQuote = false;
        if (!inWord) {
          continue;
        }
      } else if (c == '"') {
        inQuote = !inQuote;
      }
      boolean space = Character.isWhitespace(c);
      if (!space && !inWord) {
        words++;
        // A word that opens the quotation is quoted; one that only closes it is not.
        if (inQuote) {
          quoted++;
        }
      }
      inWord = !space;
    }
    return words == 0 ? 0 : (double) quoted / words;
  }
}
