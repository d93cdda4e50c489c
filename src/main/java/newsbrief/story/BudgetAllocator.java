package newsbrief.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import newsbrief.select.Budget;

/**
 * Shares one length budget among story sections in proportion to their weights, with a minimum
 * per section. Shares are found by water-filling: sections whose proportional share falls below
 * the minimum get the minimum, and the rest of the budget is shared again among the others; the
 * shares are then rounded by largest remainder (Hamilton's method), so they add up to the budget
 * exactly. Pure and deterministic.
 */
public final class BudgetAllocator {
  private BudgetAllocator() {}

  /**
   * The budgets of the first sections, in the order of {@code weights}.
   *
   * <p>There are {@code min(weights.size(), maxSections, total.limit() / minimum)} sections, but at
   * least one when there is a weight: when the budget cannot give even one section its minimum,
   * the first section gets all of it. Otherwise each gets at least {@code minimum}; together they
   * get exactly {@code total.limit()}, in {@code total}'s unit. No weights give no budgets.
   *
   * @param weights how much each candidate section weighs (its articles, say), each above 0,
   *     heaviest first by convention
   * @param minimum smallest budget a section is worth, at least 1
   * @param maxSections most sections, at least 1
   */
  public static List<Budget> allocate(Budget total, List<Integer> weights, int minimum, int maxSections) {
    if (minimum < 1 || maxSections < 1) {
      throw new IllegalArgumentException("minimum and maxSections must be at least 1, got " + minimum + ", " + maxSections);
    }
    if (weights.stream().anyMatch(w -> w == null || w <= 0)) {
      throw new IllegalArgumentException("section weights must be above 0: " + weights);
    }
    int sections = Math.min(weights.size(), Math.min(maxSections, Math.max(1, total.limit() / minimum)));
    if (sections == 0) {
      return List.of();
    }
    double[] share = waterFill(weights.subList(0, sections), total.limit(), Math.min(minimum, total.limit()));
    int[] units = new int[sections];
    int given = 0;
    for (int s = 0; s < sections; s++) {
      units[s] = (int) Math.floor(share[s] + 1e-9);
      given += units[s];
    }
    List<Integer> byRemainder = IntStream.range(0, sections).boxed()
        .sorted(Comparator.comparingDouble((Integer s) -> units[s] - share[s]).thenComparingInt(s -> s))
        .toList();
    for (int k = 0; k < total.limit() - given; k++) {
      units[byRemainder.get(k % sections)]++;
    }
    List<Budget> budgets = new ArrayList<>(sections);
    for (int unit : units) {
      budgets.add(new Budget(total.unit(), unit));
    }
    return List.copyOf(budgets);
  }

  /** Real-valued shares of {@code total}, proportional to the weights, none below {@code minimum}. */
  private static double[] waterFill(List<Integer> weights, int total, int minimum) {
    int n = weights.size();
    double[] share = new double[n];
    boolean[] atMinimum = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      double free = total;
      double freeWeight = 0;
      for (int s = 0; s < n; s++) {
        if (atMinimum[s]) {
          free -= minimum;
        } else {
          freeWeight += weights.get(s);
        }
      }
      for (int s = 0; s < n; s++) {
        share[s] = atMinimum[s] ? minimum : free * weights.get(s) / freeWeight;
        if (!atMinimum[s] && share[s] < minimum) {
          atMinimum[s] = true;
          changed = true;
        }
      }
    }
    return share;
  }
}
