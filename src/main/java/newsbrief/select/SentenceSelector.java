package newsbrief.select;

import java.util.List;
import newsbrief.AnalyzedCorpus;

/**
 * Chooses sentences for a brief: informative by the ranker's scores, within the budget, with no
 * two saying the same thing, and each standing on its own ({@link StandAlone}: a sentence that
 * needs the one before it is chosen right after it, or not at all). Returns sentence indices in
 * the order they were chosen (best first, a sentence's context before it); an empty corpus gives
 * an empty list.
 */
public interface SentenceSelector {
  default List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget) {
    return select(corpus, scores, budget, List.of());
  }

  /**
   * As {@link #select(AnalyzedCorpus, double[], Budget)}, starting from {@code required}: each is
   * chosen first, in order, with the context it needs, if that fits the budget and none of it is
   * redundant with one chosen before.
   */
  List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget, List<Integer> required);
}
