package newsbrief.vectorize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Turns tokens into index terms: lower-cased, reduced to letters and digits, function words and
 * one-character tokens dropped, then stemmed: by default Porter-stemmed (Porter 1980, Snowball's
 * implementation), or by any given stemmer (such as the ROUGE scorer's own), so that what the
 * ranker rewards is close to what ROUGE counts. Thread-safe.
 */
public final class TermNormalizer {
  /** Marks a token that yields no term, in the cache. */
  private static final String NO_TERM = "";

  /** Snowball's Porter stemmer, one instance per call (it is not thread-safe). */
  public static final UnaryOperator<String> PORTER = word -> {
    PorterStemmer stemmer = new PorterStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  };

  private final StopWords stopWords;
  private final UnaryOperator<String> stemmer;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  /**
   * A normalizer that remembers each token's term: words follow Zipf's law, so most tokens are
   * seen before and stemming is paid once per distinct token.
   */
  public TermNormalizer(StopWords stopWords) {
    this(stopWords, PORTER);
  }

  /** As {@link #TermNormalizer(StopWords)}, with {@code stemmer} (thread-safe, lower-case in and out). */
  public TermNormalizer(StopWords stopWords, UnaryOperator<String> stemmer) {
    this.stopWords = stopWords;
    this.stemmer = stemmer;
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
    String term = normalize(token);
    return term == null ? NO_TERM : term;
  }

  private String normalize(String token) {
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
    return stemmer.apply(kept.toString());
  }
}
