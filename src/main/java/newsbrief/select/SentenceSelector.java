package newsbrief.select;

import java.util.List;
import newsbrief.AnalyzedCorpus;

/**
 * Chooses sentences for a brief: informative by the ranker's scores, within the budget, and with
 * no two saying the same thing. Returns sentence indices in the order they were chosen (best
 * first); an empty corpus gives an empty list.
 */
public interface SentenceSelector {
  List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget);
}
