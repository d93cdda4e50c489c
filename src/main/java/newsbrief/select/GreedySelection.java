package newsbrief.select;

import java.util.ArrayList;
import java.util.List;
import newsbrief.AnalyzedCorpus;

/**
 * The greedy loop every selector shares: repeatedly take the candidate with the best gain per
 * unit of cost ({@code gain / cost^costExponent}, Lin and Bilmes 2010) that still fits the budget,
 * dropping candidates that no longer fit or that say the same thing as a chosen sentence (cosine
 * at least {@code redundancyThreshold}). Ties go to the earlier sentence, so results are
 * deterministic. Stops when no candidate fits or no gain is positive. Sentences the caller
 * requires are taken first, in the order given, each if it still fits and says nothing already
 * chosen.
 */
final class GreedySelection {
  private GreedySelection() {}

  static List<Integer> run(AnalyzedCorpus corpus, Budget budget, MarginalGain objective,
      double costExponent, double redundancyThreshold, List<Integer> required) {
    int n = corpus.size();
    boolean[] open = new boolean[n];
    int[] cost = new int[n];
    for (int i = 0; i < n; i++) {
      cost[i] = budget.cost(corpus.sentences().get(i).wordCount());
      open[i] = cost[i] <= budget.limit();
    }
    List<Integer> chosen = new ArrayList<>();
    int spent = 0;
    List<Integer> pending = new ArrayList<>(required);
    while (true) {
      int best = -1;
      double bestValue = 0;
      while (best < 0 && !pending.isEmpty()) {
        int first = pending.remove(0);
        if (open[first] && spent + cost[first] <= budget.limit()) {
          best = first;
          bestValue = Double.POSITIVE_INFINITY;
        }
      }
      for (int i = 0; i < n && bestValue != Double.POSITIVE_INFINITY; i++) {
        if (!open[i]) {
          continue;
        }
        if (spent + cost[i] > budget.limit()) {
          open[i] = false;
          continue;
        }
        double value = objective.gain(i) / Math.pow(Math.max(1, cost[i]), costExponent);
        if (best < 0 || value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      if (best < 0 || bestValue <= 0) {
        return List.copyOf(chosen);
      }
      chosen.add(best);
      spent += cost[best];
      open[best] = false;
      objective.add(best);
      double[] similarity = corpus.similaritiesTo(best);
      for (int i = 0; i < n; i++) {
        if (open[i] && similarity[i] >= redundancyThreshold) {
          open[i] = false;
        }
      }
    }
  }
}
