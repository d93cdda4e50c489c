package newsbrief.eval.rouge;

import java.util.HashMap;
import java.util.Map;
import newsbrief.text.Stemmer;

/**
 * The scorer's {@code -m} treatment of one token ({@code MorphStem} in ROUGE-1.5.5.pl), which is
 * {@link Stemmer#ROUGE}; without stemming every token stays as it is.
 *
 * <p>Remembers what it has stemmed; one instance serves one scoring call, and is not thread-safe.
 */
final class TokenStemmer {
  private final boolean enabled;
  private final Map<String, String> stems = new HashMap<>();

  TokenStemmer(boolean enabled) {
    this.enabled = enabled;
  }

  String stem(String token) {
    return enabled ? stems.computeIfAbsent(token, Stemmer.ROUGE::stem) : token;
  }
}
