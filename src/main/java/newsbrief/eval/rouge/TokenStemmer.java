package newsbrief.eval.rouge;

import java.util.HashMap;
import java.util.Map;

/**
 * The scorer's {@code -m} treatment of one token ({@code MorphStem} in ROUGE-1.5.5.pl): a token of
 * more than 3 characters becomes its WordNet 2.0 exception base form when it has one, otherwise its
 * Porter stem in the scorer's variant ({@link ScorerPorterStemmer}); shorter tokens stay as they
 * are. The exception's base form is used as it is, not stemmed further. Without stemming every
 * token stays as it is.
 *
 * <p>Remembers what it has stemmed; one instance serves one scoring call, and is not thread-safe.
 */
final class TokenStemmer {
  private static final int LONGEST_UNSTEMMED = 3;

  private final boolean enabled;
  private final Map<String, String> stems = new HashMap<>();

  TokenStemmer(boolean enabled) {
    this.enabled = enabled;
  }

  String stem(String token) {
    if (!enabled || token.length() <= LONGEST_UNSTEMMED) {
      return token;
    }
    return stems.computeIfAbsent(token, this::morphologicalStem);
  }

  private String morphologicalStem(String token) {
    return WordNetExceptions.baseForm(token).orElseGet(() -> ScorerPorterStemmer.stem(token));
  }
}
