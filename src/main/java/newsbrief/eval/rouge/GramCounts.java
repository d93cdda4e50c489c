package newsbrief.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multiset of grams (n-grams or skip-bigrams, tokens joined by a space) and how many were
 * counted. Immutable.
 */
final class GramCounts {
  private final Map<String, Integer> counts;
  private final long total;

  private GramCounts(Map<String, Integer> counts, long total) {
    this.counts = Map.copyOf(counts);
    this.total = total;
  }

  /** Every run of {@code n} consecutive tokens: {@code max(0, tokens - n + 1)} of them. */
  static GramCounts ngrams(List<String> tokens, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n-gram size must be at least 1, got " + n);
    }
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    for (int start = 0; start + n <= tokens.size(); start++) {
      counts.merge(String.join(" ", tokens.subList(start, start + n)), 1, Integer::sum);
      total++;
    }
    return new GramCounts(counts, total);
  }

  /**
   * Skip-bigrams as the official scorer counts them ({@code createSkipBigram}): every ordered pair
   * of tokens with at most {@code skipDistance} tokens between them (any number when negative),
   * plus, with {@code unigrams}, each token on its own. The scorer's loop over first tokens stops
   * before the last token, so the last token is never counted as a unigram; that is kept, because
   * the published ROUGE-SU scores carry it.
   */
  static GramCounts skipBigrams(List<String> tokens, int skipDistance, boolean unigrams) {
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    for (int first = 0; first < tokens.size() - 1; first++) {
      if (unigrams) {
        counts.merge(tokens.get(first), 1, Integer::sum);
        total++;
      }
      int lastSecond = skipDistance < 0
          ? tokens.size() - 1
          : Math.min(tokens.size() - 1, first + skipDistance + 1);
      for (int second = first + 1; second <= lastSecond; second++) {
        counts.merge(tokens.get(first) + " " + tokens.get(second), 1, Integer::sum);
        total++;
      }
    }
    return new GramCounts(counts, total);
  }

  /** How many grams were counted. */
  long total() {
    return total;
  }

  /** How many times {@code gram} was counted. */
  int count(String gram) {
    return counts.getOrDefault(gram, 0);
  }

  /** Clipped matches: for each gram, the smaller of its counts here and in {@code other}. */
  long clippedHits(GramCounts other) {
    long hits = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      hits += Math.min(entry.getValue(), other.count(entry.getKey()));
    }
    return hits;
  }

  /** A mutable copy of the counts, for callers that use them up. */
  Map<String, Integer> mutableCounts() {
    return new HashMap<>(counts);
  }
}
