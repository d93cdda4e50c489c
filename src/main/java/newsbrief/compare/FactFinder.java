package newsbrief.compare;

import newsbrief.AnalyzedCorpus;

/**
 * Finds the facts of an analysed corpus: its units of content, each a group of sentences (across
 * articles) that report the same thing. The comparison and the curve count the facts a brief
 * covers through this interface alone, so the definition can change without them.
 */
public interface FactFinder {
  /**
   * The facts of {@code corpus}.
   *
   * @param scores the ranker's score of every sentence of {@code corpus}
   */
  CorpusFacts find(AnalyzedCorpus corpus, double[] scores);

  /** What a fact is, in a sentence or two for readers of the comparison. */
  String definition();
}
