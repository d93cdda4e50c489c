package newsbrief.compare;

import java.util.Objects;

/**
 * Means over the clusters of a set of one kind of brief at one budget.
 *
 * @param meanWords the briefs' mean length in words
 * @param recall mean ROUGE recall against the references
 * @param meanFacts the mean number of facts ({@link CorpusFacts}) the briefs cover
 * @param meanSharedFacts the mean number of those that two or more independent reports give
 */
public record CurveMeasures(double meanWords, Recall recall, double meanFacts, double meanSharedFacts) {
  public CurveMeasures {
    Objects.requireNonNull(recall, "recall");
    if (!(meanWords >= 0 && meanFacts >= 0 && meanSharedFacts >= 0 && meanSharedFacts <= meanFacts + 1e-9)) {
      throw new IllegalArgumentException("means out of range: " + meanWords + " words, " + meanFacts + " facts, "
          + meanSharedFacts + " shared");
    }
  }

  /** Facts covered per 100 words of brief: all the clusters' facts per 100 of all their words; 0 without words. */
  public double factsPer100Words() {
    return meanWords == 0 ? 0 : 100 * meanFacts / meanWords;
  }
}
