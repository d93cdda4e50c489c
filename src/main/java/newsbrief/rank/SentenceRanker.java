package newsbrief.rank;

import newsbrief.AnalyzedCorpus;

/**
 * Scores every sentence of a corpus for how well it represents the whole. Scores are
 * non-negative; higher is more central. An empty corpus gives an empty array.
 */
public interface SentenceRanker {
  double[] rank(AnalyzedCorpus corpus);
}
