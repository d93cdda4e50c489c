package newsbrief.select;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import newsbrief.AnalyzedCorpus;

/**
 * The greedy loop every selector shares: repeatedly take the candidate with the best gain per
 * unit of cost ({@code gain / cost^costExponent}, Lin and Bilmes 2010) that still fits the budget,
 * dropping candidates that no longer fit or that say the same thing as a chosen sentence (cosine
 * at least {@code redundancyThreshold}). Ties go to the earlier sentence, so results are
 * deterministic. Stops when no candidate fits or no gain is positive. Sentences the caller
 * requires are taken first, in the order given, each if it still fits and says nothing already
 * chosen.
 *
 * <p>A candidate is a sentence with the context it needs ({@link StandAlone}): a sentence that
 * needs the one before it is weighed, paid for and taken together with it (the sentences already
 * chosen cost nothing again), and is out when any sentence of its unit says the same as one chosen
 * or no longer fits. A sentence that can never stand alone is never taken.
 */
final class GreedySelection {
  private GreedySelection() {}

  static List<Integer> run(AnalyzedCorpus corpus, Budget budget, MarginalGain objective,
      double costExponent, double redundancyThreshold, List<Integer> required) {
    int n = corpus.size();
    StandAlone context = StandAlone.of(corpus);
    boolean[] open = new boolean[n];
    boolean[] redundant = new boolean[n];
    boolean[] chosenMark = new boolean[n];
    int[] cost = new int[n];
    double[] weighedCost = new double[n];
    for (int i = 0; i < n; i++) {
      cost[i] = budget.cost(corpus.sentences().get(i).wordCount());
      weighedCost[i] = Math.pow(Math.max(1, cost[i]), costExponent);
    }
    for (int i = 0; i < n; i++) {
      open[i] = context.choosable(i) && unitCost(context.members(i), cost, chosenMark) <= budget.limit();
    }
    List<Integer> chosen = new ArrayList<>();
    int spent = 0;
    List<Integer> pending = new ArrayList<>(required);
    while (true) {
      int best = -1;
      double bestValue = 0;
      while (best < 0 && !pending.isEmpty()) {
        int first = pending.remove(0);
        int[] members = context.members(first);
        if (open[first] && !anyRedundant(members, redundant, chosenMark)
            && spent + unitCost(members, cost, chosenMark) <= budget.limit()) {
          best = first;
          bestValue = Double.POSITIVE_INFINITY;
        }
      }
      for (int i = 0; i < n && bestValue != Double.POSITIVE_INFINITY; i++) {
        if (!open[i]) {
          continue;
        }
        int[] members = context.members(i);
        if (anyRedundant(members, redundant, chosenMark) || !objective.allowed(i)) {
          open[i] = false;
          continue;
        }
        int unitCost = unitCost(members, cost, chosenMark);
        if (spent + unitCost > budget.limit()) {
          open[i] = false;
          continue;
        }
        double gain = members.length == 1 ? objective.gain(i) : objective.gain(newMembers(members, chosenMark));
        double value = gain / weightedCost(members, weighedCost, chosenMark);
        if (best < 0 || value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      if (best < 0 || bestValue <= 0) {
        return List.copyOf(chosen);
      }
      for (int member : context.members(best)) {
        if (chosenMark[member]) {
          continue;
        }
        chosen.add(member);
        chosenMark[member] = true;
        spent += cost[member];
        open[member] = false;
        objective.add(member);
        double[] similarity = corpus.similaritiesTo(member);
        for (int i = 0; i < n; i++) {
          if (!chosenMark[i] && similarity[i] >= redundancyThreshold) {
            redundant[i] = true;
          }
        }
      }
    }
  }

  /**
   * What the cheapest unit costs that could still be added to {@code chosen}: not chosen, none of
   * its new sentences saying what a chosen one says (cosine at least {@code redundancyThreshold}),
   * its last sentence not {@code barred}; empty when there is none.
   */
  static OptionalInt shortestLeft(AnalyzedCorpus corpus, List<Integer> chosen, Budget budget,
      double redundancyThreshold, IntPredicate barred) {
    int n = corpus.size();
    boolean[] chosenMark = new boolean[n];
    boolean[] redundant = new boolean[n];
    for (int s : chosen) {
      chosenMark[s] = true;
    }
    for (int s : chosen) {
      double[] similarity = corpus.similaritiesTo(s);
      for (int t = 0; t < n; t++) {
        redundant[t] |= !chosenMark[t] && similarity[t] >= redundancyThreshold;
      }
    }
    int[] cost = new int[n];
    for (int i = 0; i < n; i++) {
      cost[i] = budget.cost(corpus.sentences().get(i).wordCount());
    }
    StandAlone context = StandAlone.of(corpus);
    int shortest = Integer.MAX_VALUE;
    for (int t = 0; t < n; t++) {
      int[] members = context.members(t);
      if (!chosenMark[t] && members.length > 0 && !anyRedundant(members, redundant, chosenMark) && !barred.test(t)) {
        shortest = Math.min(shortest, unitCost(members, cost, chosenMark));
      }
    }
    return shortest == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(shortest);
  }

  /** Whether a sentence of the unit not yet chosen says the same as one chosen. */
  private static boolean anyRedundant(int[] members, boolean[] redundant, boolean[] chosen) {
    for (int member : members) {
      if (redundant[member] && !chosen[member]) {
        return true;
      }
    }
    return false;
  }

  private static int unitCost(int[] members, int[] cost, boolean[] chosen) {
    int total = 0;
    for (int member : members) {
      total += chosen[member] ? 0 : cost[member];
    }
    return total;
  }

  /**
   * What a unit's gain is divided by: the sum of its new sentences' cost^r, so that each sentence
   * pays for its own length (sublinearly) and two sentences never cost less than one of their
   * length together, which would favour a sentence with its context over a sentence alone.
   */
  private static double weightedCost(int[] members, double[] weighedCost, boolean[] chosen) {
    double total = 0;
    for (int member : members) {
      if (!chosen[member]) {
        total += weighedCost[member];
      }
    }
    return total;
  }

  private static List<Integer> newMembers(int[] members, boolean[] chosen) {
    List<Integer> fresh = new ArrayList<>(members.length);
    for (int member : members) {
      if (!chosen[member]) {
        fresh.add(member);
      }
    }
    return fresh;
  }
}
