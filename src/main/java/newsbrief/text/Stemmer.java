package newsbrief.text;

import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Reduces a lower-case word of letters and digits to its stem. Implementations are pure and
 * thread-safe.
 */
@FunctionalInterface
public interface Stemmer {
  String stem(String word);

  /** Porter's algorithm (Porter 1980) as Snowball implements it. */
  Stemmer PORTER = word -> {
    PorterStemmer stemmer = new PorterStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  };

  /**
   * The official ROUGE-1.5.5 scorer's {@code -m} stemming: a word of more than 3 characters becomes
   * its WordNet 2.0 exception base form ({@link WordNetExceptions}), or else its stem by the
   * scorer's Porter variant ({@link ScorerPorterStemmer}); shorter words stay as they are. Terms made
   * this way are exactly the units ROUGE counts.
   */
  Stemmer ROUGE = word -> word.length() <= 3
      ? word
      : WordNetExceptions.baseForm(word).orElseGet(() -> ScorerPorterStemmer.stem(word));
}
