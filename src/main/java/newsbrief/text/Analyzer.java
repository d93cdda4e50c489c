package newsbrief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A chain of {@link WordFilter}s that turns tokens into terms, composed once (as Lucene's
 * {@code Analyzer.createComponents} composes a tokenizer and filters) and shared by every stage
 * that needs terms: the sentence graph, whole-article vectors for story grouping, copy groups.
 * An analyzer remembers each distinct token's term: words follow Zipf's law, so most tokens have
 * been seen and the chain runs once per distinct token. Thread-safe.
 */
public final class Analyzer {
  /** Marks a token that yields no term, in the cache. */
  private static final String NO_TERM = "";

  private final List<WordFilter> filters;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  private Analyzer(List<WordFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  /** The filters applied in the order given. */
  public static Analyzer of(WordFilter... filters) {
    return new Analyzer(List.of(filters));
  }

  /**
   * Index terms: function words dropped (before anything is removed from them, so {@code don't}
   * goes too), lower case, letters and digits only, at least two characters, stemmed.
   */
  public static Analyzer indexTerms(StopWords stopWords, Stemmer stemmer) {
    return of(WordFilter.dropStopWords(stopWords), WordFilter.lowerCase(), WordFilter.lettersAndDigits(),
        WordFilter.minLength(2), WordFilter.stem(stemmer));
  }

  /** The term of {@code token}, or {@code null} when the chain drops it. */
  public String term(String token) {
    String known = cache.get(token);
    if (known == null) {
      known = cache.computeIfAbsent(token, this::run);
    }
    return known.isEmpty() ? null : known;
  }

  /** The terms of {@code tokens}, in order, dropped ones left out; may be empty. */
  public List<String> terms(List<String> tokens) {
    List<String> terms = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      String term = term(token);
      if (term != null) {
        terms.add(term);
      }
    }
    return terms;
  }

  private String run(String token) {
    String word = token;
    for (WordFilter filter : filters) {
      word = filter.apply(word);
      if (word == null || word.isEmpty()) {
        return NO_TERM;
      }
    }
    return word;
  }
}
