package newsbrief.eval.rouge;

/**
 * The official scorer's {@code -m} stemming for use outside scoring: a lower-case token of more
 * than 3 characters becomes its WordNet 2.0 exception base form, or else its stem by the scorer's
 * Porter variant ({@link ScorerPorterStemmer}); shorter tokens stay as they are. Index terms made
 * this way are exactly the units ROUGE counts. Stateless and thread-safe.
 */
public final class RougeStemmer {
  private static final int LONGEST_UNSTEMMED = 3;

  private RougeStemmer() {}

  /** The stem of a lower-case token of letters and digits. */
  public static String stem(String token) {
    if (token.length() <= LONGEST_UNSTEMMED) {
      return token;
    }
    return WordNetExceptions.baseForm(token).orElseGet(() -> ScorerPorterStemmer.stem(token));
  }
}
