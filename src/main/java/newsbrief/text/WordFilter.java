package newsbrief.text;

import java.util.Locale;

/**
 * One step of the text-analysis chain (as a Lucene token filter is): a word in, the word it
 * becomes out, or {@code null} to drop it. Steps are pure and thread-safe; an {@link Analyzer}
 * chains them.
 */
@FunctionalInterface
public interface WordFilter {
  /** What {@code word} becomes, or {@code null} when it is dropped. */
  String apply(String word);

  /** Lower case, by the rules of no particular language ({@link Locale#ROOT}). */
  static WordFilter lowerCase() {
    return word -> word.toLowerCase(Locale.ROOT);
  }

  /** Only the letters and digits of the word ({@code U.S.} gives {@code US}); a word without any is dropped. */
  static WordFilter lettersAndDigits() {
    return word -> {
      StringBuilder kept = null;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
          if (kept == null) {
            kept = new StringBuilder(word.length()).append(word, 0, i);
          }
        } else if (kept != null) {
          kept.append(c);
        }
      }
      String result = kept == null ? word : kept.toString();
      return result.isEmpty() ? null : result;
    };
  }

  /** Drops words shorter than {@code characters}. */
  static WordFilter minLength(int characters) {
    if (characters < 1) {
      throw new IllegalArgumentException("a minimum length must be at least 1, got " + characters);
    }
    return word -> word.length() >= characters ? word : null;
  }

  /** Drops function words ({@link StopWords#contains}: any case, either apostrophe). */
  static WordFilter dropStopWords(StopWords stopWords) {
    return word -> stopWords.contains(word) ? null : word;
  }

  /** Stems the word. */
  static WordFilter stem(Stemmer stemmer) {
    return stemmer::stem;
  }
}
