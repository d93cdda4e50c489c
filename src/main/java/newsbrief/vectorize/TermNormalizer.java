package newsbrief.vectorize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Turns tokens into index terms: lower-cased, reduced to letters and digits, function words and
 * one-character tokens dropped, then Porter-stemmed (Porter 1980, Snowball's implementation), so
 * that what the ranker rewards is close to what ROUGE counts. Stateless and thread-safe.
 */
public final class TermNormalizer {
  /** Marks a token that yields no term, in the cache. */
  private static final String NO_TERM = "";

  private final StopWords stopWords;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  /**
   * A normalizer that remembers each token's term: words follow Zipf's law, so most tokens are
   * seen before and stemming is paid once per distinct token.
   */
  public TermNormalizer(StopWords stopWords) {
    this.stopWords = stopWords;
  }

  /** The terms of a sentence's tokens, in order; may be empty. */
  public List<String> terms(List<String> tokens) {
    List<String> terms = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      String term = cache.computeIfAbsent(token, this::normalizeOrMark);
      if (!term.isEmpty()) {
        terms.add(term);
      }
    }
    return terms;
  }

  private String normalizeOrMark(String token) {
    String term = normalize(token, new PorterStemmer());
    return term == null ? NO_TERM : term;
  }

  private String normalize(String token, PorterStemmer stemmer) {
    if (stopWords.contains(token)) {
      return null;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        kept.append(c);
      }
    }
    if (kept.length() < 2) {
      return null;
    }
    String word = kept.toString();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
