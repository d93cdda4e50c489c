package newsbrief.select;

import java.util.List;
import java.util.OptionalInt;
import newsbrief.AnalyzedCorpus;

/**
 * Maximal Marginal Relevance (Carbonell and Goldstein 1998): each step takes the sentence that
 * maximises {@code lambda * rel(s) - (1 - lambda) * max_{t in S} sim(s, t)}, with rel the ranker's
 * score scaled to [0, 1] and sim the cosine of TF-IDF vectors.
 */
public final class MmrSelector implements SentenceSelector {
  private final double lambda;
  private final double redundancyThreshold;

  /**
   * @param lambda weight of relevance against novelty, in (0, 1]
   * @param redundancyThreshold cosine at which two sentences say the same thing, in (0, 1]
   */
  public MmrSelector(double lambda, double redundancyThreshold) {
    if (!(lambda > 0 && lambda <= 1)) {
      throw new IllegalArgumentException("MMR lambda must be in (0, 1], got " + lambda);
    }
    if (!(redundancyThreshold > 0 && redundancyThreshold <= 1)) {
      throw new IllegalArgumentException("redundancy threshold must be in (0, 1], got " + redundancyThreshold);
    }
    this.lambda = lambda;
    this.redundancyThreshold = redundancyThreshold;
  }

  @Override
  public List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget, List<Integer> required) {
    double max = 0;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double scale = max > 0 ? 1 / max : 0;
    double[] maxSimilarity = new double[corpus.size()];
    MarginalGain mmr = new MarginalGain() {
      @Override
      public double gain(int candidate) {
        // Shifted by (1 - lambda) so the gain stays positive: MMR compares, it does not stop.
        return lambda * scores[candidate] * scale - (1 - lambda) * maxSimilarity[candidate] + (1 - lambda) + 1e-12;
      }

      /** MMR weighs sentences, not lengths: a sentence with its context is worth their mean. */
      @Override
      public double gain(List<Integer> unit) {
        return MarginalGain.super.gain(unit) / unit.size();
      }

      @Override
      public void add(int chosen) {
        double[] similarity = corpus.similaritiesTo(chosen);
        for (int i = 0; i < maxSimilarity.length; i++) {
          maxSimilarity[i] = Math.max(maxSimilarity[i], similarity[i]);
        }
      }
    };
    return GreedySelection.run(corpus, budget, mmr, 0.0, redundancyThreshold, required);
  }

  @Override
  public OptionalInt shortestLeft(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen, Budget budget) {
    return GreedySelection.shortestLeft(corpus, chosen, budget, redundancyThreshold, s -> false);
  }
}
