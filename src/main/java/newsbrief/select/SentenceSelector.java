package newsbrief.select;

import java.util.List;
import newsbrief.AnalyzedCorpus;

/**
 * Chooses sentences for a brief: informative by the ranker's scores, within the budget, and with
 * no two saying the same thing. Returns sentence indices in the order they were chosen (best
 * first); an empty corpus gives an empty list.
 */
public interface SentenceSelector {
  default List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget) {
    return select(corpus, scores, budget, List.of());
  }

  /**
   * As {@link #select(AnalyzedCorpus, double[], Budget)}, starting from {@code required}: each is
   * chosen first, in order, if it fits the budget and is not redundant with one chosen before.
   */
  List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget, List<Integer> required);
}
