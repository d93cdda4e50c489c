package newsbrief.annotate;

import java.util.Locale;
import java.util.Set;

/**
 * How many sentences the longest quotation of a text holds: 0 when it quotes nothing, 1 for a
 * quotation of one sentence (or of words), more when a quotation runs on past a sentence end.
 * Quotation marks are read as {@link QuotedShare} reads them (typographic, wire {@code ``...''},
 * straight ones toggling; a quotation left open runs to the end). A sentence ends inside a
 * quotation at {@code . ! ?} followed by white space and a capital letter or an opening mark, unless
 * the word before the stop is an abbreviation (a known title, a word that holds a stop already such
 * as {@code U.S.}, or a single capital).
 */
public final class QuotedSentences {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
      "maj", "prof", "rev", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "mt", "ft", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pres", "gens", "sens", "reps",
      "messrs", "ave", "blvd", "dept", "univ", "approx", "est", "etc", "e.g", "i.e");

  private QuotedSentences() {}

  public static int count(String text) {
    return scan(text)[0];
  }

  /** Whether a quotation is still open where the text ends: it goes on in the text that follows. */
  public static boolean leftOpen(String text) {
    return scan(text)[1] == 1;
  }

  /** {longest quotation's sentences, 1 if a quotation is open at the end}. */
  private static int[] scan(String text) {
    int longest = 0;
    int current = 0;
    boolean inQuote = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean opens = c == '\u201c' || (c == '`' && i + 1 < n && text.charAt(i + 1) == '`');
      boolean closes = c == '\u201d' || (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'' && inQuote);
      if (c == '"') {
        opens = !inQuote;
        closes = inQuote;
      }
      if (opens && !inQuote) {
        inQuote = true;
        current = 1;
      } else if (closes && inQuote) {
        inQuote = false;
        longest = Math.max(longest, current);
      } else if (inQuote && (c == '.' || c == '!' || c == '?') && sentenceEndsAt(text, i)) {
        current++;
      }
      if (opens || closes) {
        i += c == '`' || c == '\'' ? 1 : 0;
      }
    }
    return new int[] {inQuote ? Math.max(longest, current) : longest, inQuote ? 1 : 0};
  }

  private static boolean sentenceEndsAt(String text, int stop) {
    int next = stop + 1;
    if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length()) {
      return false;
    }
    char following = text.charAt(next);
    boolean startsSentence = Character.isUpperCase(following) || following == '\u201c' || following == '"'
        || (following == '`' && next + 1 < text.length() && text.charAt(next + 1) == '`');
    return startsSentence && (text.charAt(stop) != '.' || !abbreviation(text, stop));
  }

  private static boolean abbreviation(String text, int stop) {
    int start = stop;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '('
        && text.charAt(start - 1) != '\u201c' && text.charAt(start - 1) != '`' && text.charAt(start - 1) != '"') {
      start--;
    }
    String word = text.substring(start, stop);
    if (word.isEmpty()) {
      return false;
    }
    if (word.indexOf('.') >= 0 || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
