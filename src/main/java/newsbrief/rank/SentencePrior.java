package newsbrief.rank;

import newsbrief.AnalyzedCorpus;

/**
 * Prior belief in each sentence's importance, before the graph is read: a biased random walk
 * (topic-sensitive LexRank, Otterbacher, Erkan and Radev 2005) jumps to sentences in proportion
 * to it. Weights are non-negative with a positive sum (for a non-empty corpus); only their ratios
 * matter.
 */
public interface SentencePrior {
  double[] weights(AnalyzedCorpus corpus);

  /** Every sentence alike: plain LexRank. */
  SentencePrior UNIFORM = corpus -> {
    double[] weights = new double[corpus.size()];
    java.util.Arrays.fill(weights, 1.0);
    return weights;
  };
}
