package newsbrief.select;

import java.util.List;
import java.util.OptionalInt;
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

  /**
   * What the cheapest addition costs that this selector could still make to {@code chosen}: a
   * sentence not chosen, with the context it needs, none of it saying what a chosen one says, and
   * not barred by the selector's own rules; empty when there is none. When it costs more than is
   * left of the budget, the corpus has run out of sentences worth taking at that length.
   */
  OptionalInt shortestLeft(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen, Budget budget);
}
