package newsbrief;

import newsbrief.select.Budget;

/**
 * Every tuning value of the summarizer, with the defaults chosen on the DUC 2003 development set
 * and checked when built. Change one with the {@code with...} methods.
 *
 * @param budget how long the brief may be
 * @param minSentenceWords shortest sentence worth quoting, in words
 * @param similarityThreshold smallest cosine that makes an edge of the sentence graph, in [0, 1)
 * @param damping LexRank's probability of following an edge rather than jumping, in [0, 1)
 * @param convergenceTolerance L1 change at which power iteration stops
 * @param maxIterations cap on power iterations
 * @param selection how sentences are chosen under the budget
 * @param redundancyThreshold cosine at which two sentences say the same thing: they are never both
 *     chosen, and the other's article is cited as corroboration
 * @param mmrLambda MMR's weight of relevance against novelty, in (0, 1]
 * @param coverageSaturation Lin and Bilmes' alpha: the share of a sentence's total similarity at
 *     which it counts as covered, in (0, 1]
 * @param diversityWeight Lin and Bilmes' lambda, weight of the diversity reward
 * @param costExponent Lin and Bilmes' r: gain is divided by length^r when choosing greedily
 * @param clusterThreshold cosine at which a sentence joins a diversity cluster
 * @param withinArticleRepeatThreshold cosine at which a later sentence of the same article is a
 *     repeat (a page printing its story twice) and is dropped before ranking
 * @param copyThreshold cosine of two whole articles at which one is a copy or rewrite of the other
 * @param sameSourceEdgeWeight factor for graph edges between sentences of one article or of copies
 *     of it: they are weaker evidence of importance than independent reports, in (0, 1]
 */
public record SummaryOptions(
    Budget budget,
    int minSentenceWords,
    double similarityThreshold,
    double damping,
    double convergenceTolerance,
    int maxIterations,
    Selection selection,
    double redundancyThreshold,
    double mmrLambda,
    double coverageSaturation,
    double diversityWeight,
    double costExponent,
    double clusterThreshold,
    double withinArticleRepeatThreshold,
    double copyThreshold,
    double sameSourceEdgeWeight) {

  /** How sentences are chosen under the budget. */
  public enum Selection { MMR, SUBMODULAR }

  public static final int DEFAULT_WORDS = 200;

  public static SummaryOptions defaults() {
    return new SummaryOptions(Budget.words(DEFAULT_WORDS), 6, 0.1, 0.85, 1e-9, 500,
        Selection.MMR, 0.4, 0.7, 0.25, 6.0, 0.3, 0.3, 0.8, 0.6, 0.3);
  }

  public SummaryOptions {
    if (budget == null || selection == null) {
      throw new IllegalArgumentException("budget and selection are required");
    }
    check(minSentenceWords >= 1, "minSentenceWords must be at least 1");
    check(similarityThreshold >= 0 && similarityThreshold < 1, "similarityThreshold must be in [0, 1)");
    check(damping >= 0 && damping < 1, "damping must be in [0, 1)");
    check(convergenceTolerance > 0, "convergenceTolerance must be above 0");
    check(maxIterations >= 1, "maxIterations must be at least 1");
    check(redundancyThreshold > 0 && redundancyThreshold <= 1, "redundancyThreshold must be in (0, 1]");
    check(mmrLambda > 0 && mmrLambda <= 1, "mmrLambda must be in (0, 1]");
    check(coverageSaturation > 0 && coverageSaturation <= 1, "coverageSaturation must be in (0, 1]");
    check(diversityWeight >= 0, "diversityWeight must be at least 0");
    check(costExponent >= 0, "costExponent must be at least 0");
    check(clusterThreshold > 0 && clusterThreshold <= 1, "clusterThreshold must be in (0, 1]");
    check(withinArticleRepeatThreshold > 0 && withinArticleRepeatThreshold <= 1, "withinArticleRepeatThreshold must be in (0, 1]");
    check(copyThreshold > 0 && copyThreshold <= 1, "copyThreshold must be in (0, 1]");
    check(sameSourceEdgeWeight > 0 && sameSourceEdgeWeight <= 1, "sameSourceEdgeWeight must be in (0, 1]");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public SummaryOptions withBudget(Budget newBudget) {
    return new SummaryOptions(newBudget, minSentenceWords, similarityThreshold, damping, convergenceTolerance,
        maxIterations, selection, redundancyThreshold, mmrLambda, coverageSaturation, diversityWeight,
        costExponent, clusterThreshold, withinArticleRepeatThreshold, copyThreshold, sameSourceEdgeWeight);
  }

  public SummaryOptions withSelection(Selection newSelection) {
    return new SummaryOptions(budget, minSentenceWords, similarityThreshold, damping, convergenceTolerance,
        maxIterations, newSelection, redundancyThreshold, mmrLambda, coverageSaturation, diversityWeight,
        costExponent, clusterThreshold, withinArticleRepeatThreshold, copyThreshold, sameSourceEdgeWeight);
  }
}
