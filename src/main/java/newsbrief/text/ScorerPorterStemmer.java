package newsbrief.text;

import java.util.List;

/**
 * The Porter stemmer exactly as the official ROUGE-1.5.5 scorer runs it: the original algorithm
 * (M. F. Porter, 1980, "An algorithm for suffix stripping", Program 14(3):130-137), in the form of
 * Porter's reference implementations (including their departures {@code -bli -> -ble} and {@code
 * -logi -> -log}), with one change the scorer's author made in 2004 to step 4:
 *
 * <ul>
 *   <li>the suffixes {@code -al -ance -ence -er -ic -able -ible -ant -ement -ou -ism -ate -iti -ous
 *       -ive -ize} are tried first (the longest that ends the word; removed when m &gt; 1);
 *   <li>then, on what is left, {@code -ment} is removed when m &gt; 1;
 *   <li>then {@code -ent} is removed when m &gt; 1, or, when the word does not end in {@code -ent},
 *       {@code -ion} after {@code s} or {@code t} is removed when m &gt; 1.
 * </ul>
 *
 * So {@code agreement} becomes {@code agreem} (Porter: {@code agreement}) and {@code congressional}
 * becomes {@code congress} (Porter: {@code congression}). Lucene's {@code PorterStemmer} is the
 * unchanged algorithm and gives different stems for such words, which changes published ROUGE
 * scores (the DUC 2003 fixtures show it), hence this class.
 *
 * <p>Letters are {@code a-z}; y is a consonant at the start of a word or after a vowel, and a vowel
 * after a consonant. Words shorter than 3 letters are returned as they are. Stateless.
 */
final class ScorerPorterStemmer {
  private static final List<String[]> STEP2 = List.of(
      pair("ational", "ate"), pair("tional", "tion"), pair("enci", "ence"), pair("anci", "ance"),
      pair("izer", "ize"), pair("bli", "ble"), pair("alli", "al"), pair("entli", "ent"),
      pair("eli", "e"), pair("ousli", "ous"), pair("ization", "ize"), pair("ation", "ate"),
      pair("ator", "ate"), pair("alism", "al"), pair("iveness", "ive"), pair("fulness", "ful"),
      pair("ousness", "ous"), pair("aliti", "al"), pair("iviti", "ive"), pair("biliti", "ble"),
      pair("logi", "log"));

  private static final List<String[]> STEP3 = List.of(
      pair("icate", "ic"), pair("ative", ""), pair("alize", "al"), pair("iciti", "ic"),
      pair("ical", "ic"), pair("ful", ""), pair("ness", ""));

  private static final List<String> STEP4 = List.of(
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti",
      "ous", "ive", "ize");

  private ScorerPorterStemmer() {}

  /** The stem of a lower-case word. */
  static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    StringBuilder w = new StringBuilder(word);
    step1a(w);
    step1b(w);
    step1c(w);
    replaceLongestSuffix(w, STEP2);
    replaceLongestSuffix(w, STEP3);
    step4(w);
    step5(w);
    return w.toString();
  }

  private static void step1a(StringBuilder w) {
    if (endsWith(w, "sses") || endsWith(w, "ies")) {
      w.setLength(w.length() - 2);
    } else if (endsWith(w, "s") && w.length() >= 2 && w.charAt(w.length() - 2) != 's') {
      w.setLength(w.length() - 1);
    }
  }

  private static void step1b(StringBuilder w) {
    if (endsWith(w, "eed")) {
      if (measure(w, w.length() - 3) > 0) {
        w.setLength(w.length() - 1);
      }
      return;
    }
    int suffix = endsWith(w, "ed") ? 2 : endsWith(w, "ing") ? 3 : 0;
    if (suffix == 0 || !hasVowel(w, w.length() - suffix)) {
      return;
    }
    w.setLength(w.length() - suffix);
    if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) {
      w.append('e');
    } else if (endsInRemovableDoubleConsonant(w)) {
      w.setLength(w.length() - 1);
    } else if (isShortSyllableWord(w, w.length())) {
      w.append('e');
    }
  }

  private static void step1c(StringBuilder w) {
    if (endsWith(w, "y") && hasVowel(w, w.length() - 1)) {
      w.setCharAt(w.length() - 1, 'i');
    }
  }

  /** Steps 2 and 3: the longest listed suffix ending the word is replaced when m &gt; 0. */
  private static void replaceLongestSuffix(StringBuilder w, List<String[]> rules) {
    String[] longest = null;
    for (String[] rule : rules) {
      if (endsWith(w, rule[0]) && (longest == null || rule[0].length() > longest[0].length())) {
        longest = rule;
      }
    }
    if (longest != null) {
      int stemLength = w.length() - longest[0].length();
      if (measure(w, stemLength) > 0) {
        w.setLength(stemLength);
        w.append(longest[1]);
      }
    }
  }

  /** Step 4 with the scorer's change: three removals in turn (see the class comment). */
  private static void step4(StringBuilder w) {
    String longest = null;
    for (String suffix : STEP4) {
      if (endsWith(w, suffix) && (longest == null || suffix.length() > longest.length())) {
        longest = suffix;
      }
    }
    if (longest != null) {
      removeIfMeasureAboveOne(w, longest.length());
    }
    if (endsWith(w, "ment")) {
      removeIfMeasureAboveOne(w, 4);
    }
    if (endsWith(w, "ent")) {
      removeIfMeasureAboveOne(w, 3);
    } else if (endsWith(w, "sion") || endsWith(w, "tion")) {
      removeIfMeasureAboveOne(w, 3);
    }
  }

  private static void step5(StringBuilder w) {
    if (endsWith(w, "e")) {
      int stemLength = w.length() - 1;
      int m = measure(w, stemLength);
      if (m > 1 || (m == 1 && !isShortSyllableWord(w, stemLength))) {
        w.setLength(stemLength);
      }
    }
    if (endsWith(w, "ll") && measure(w, w.length()) > 1) {
      w.setLength(w.length() - 1);
    }
  }

  private static void removeIfMeasureAboveOne(StringBuilder w, int suffixLength) {
    int stemLength = w.length() - suffixLength;
    if (measure(w, stemLength) > 1) {
      w.setLength(stemLength);
    }
  }

  private static String[] pair(String suffix, String replacement) {
    return new String[] {suffix, replacement};
  }

  private static boolean endsWith(CharSequence w, String suffix) {
    int start = w.length() - suffix.length();
    if (start < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (w.charAt(start + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAeiou(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** Porter's consonant: not a, e, i, o, u, and y only at the start or after a vowel. */
  private static boolean isConsonant(CharSequence w, int index) {
    char c = w.charAt(index);
    if (isAeiou(c)) {
      return false;
    }
    if (c == 'y') {
      return index == 0 || !isConsonant(w, index - 1);
    }
    return true;
  }

  /** Porter's m: the number of vowel-consonant sequences in the first {@code length} letters. */
  private static int measure(CharSequence w, int length) {
    int m = 0;
    boolean previousVowel = false;
    for (int i = 0; i < length; i++) {
      boolean consonant = isConsonant(w, i);
      if (consonant && previousVowel) {
        m++;
      }
      previousVowel = !consonant;
    }
    return m;
  }

  /** Whether the first {@code length} letters hold a vowel. */
  private static boolean hasVowel(CharSequence w, int length) {
    for (int i = 0; i < length; i++) {
      if (!isConsonant(w, i)) {
        return true;
      }
    }
    return false;
  }

  /** A doubled final letter other than a vowel, y, l, s or z (hopp -&gt; hop, but fall stays). */
  private static boolean endsInRemovableDoubleConsonant(CharSequence w) {
    int last = w.length() - 1;
    if (last < 1 || w.charAt(last) != w.charAt(last - 1)) {
      return false;
    }
    char c = w.charAt(last);
    return !isAeiou(c) && c != 'y' && c != 'l' && c != 's' && c != 'z';
  }

  /**
   * Whether the first {@code length} letters are exactly one consonant run, one vowel and one
   * final consonant other than w, x or y (hop, crim, but not snow, box or tray): the word Porter
   * restores an e to, or keeps it on.
   */
  private static boolean isShortSyllableWord(CharSequence w, int length) {
    if (length < 3) {
      return false;
    }
    char last = w.charAt(length - 1);
    if (isAeiou(last) || last == 'w' || last == 'x' || last == 'y') {
      return false;
    }
    char vowel = w.charAt(length - 2);
    if (!isAeiou(vowel) && vowel != 'y') {
      return false;
    }
    if (isAeiou(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length - 2; i++) {
      char c = w.charAt(i);
      if (isAeiou(c) || c == 'y') {
        return false;
      }
    }
    return true;
  }
}
