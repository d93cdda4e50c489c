package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsbrief.AnalyzedCorpus;
import newsbrief.Summarizer;
import newsbrief.select.Budget;

/**
 * Briefs that nest and fill their budgets: the summarizer chooses at the smallest budget, then at
 * each larger one extends the choice before, taking its sentences first and then the best
 * additions that fit, by the same objective ({@link Summarizer#choose(AnalyzedCorpus, double[],
 * Budget, List)}). So the brief at 100 words is the brief at 50 words plus what fits best in the
 * other 50, and every brief stops only when no sentence that says something new fits what is
 * left of its budget. The smallest is exactly the summarizer's own brief at that budget.
 *
 * @param budgets the budgets, ascending
 * @param choices the choice at each budget, in the order the sentences were taken: each starts
 *     with the whole choice before it
 */
public record NestedSelection(BudgetList budgets, List<List<Integer>> choices) {
  public NestedSelection {
    choices = choices.stream().map(List::copyOf).toList();
    if (choices.size() != budgets.limits().size()) {
      throw new IllegalArgumentException(choices.size() + " choices for " + budgets.limits().size() + " budgets");
    }
    for (int b = 1; b < choices.size(); b++) {
      List<Integer> shorter = choices.get(b - 1);
      List<Integer> longer = choices.get(b);
      if (longer.size() < shorter.size() || !longer.subList(0, shorter.size()).equals(shorter)) {
        throw new IllegalArgumentException("the choice at " + budgets.budgets().get(b) + " does not start with the one before");
      }
    }
  }

  /** The summarizer's nested choices from {@code corpus} at {@code budgets}. */
  public static NestedSelection choose(Summarizer summarizer, AnalyzedCorpus corpus, double[] scores, BudgetList budgets) {
    List<List<Integer>> choices = new ArrayList<>();
    List<Integer> earlier = List.of();
    for (Budget budget : budgets.budgets()) {
      earlier = summarizer.choose(corpus, scores, budget, earlier);
      choices.add(earlier);
    }
    return new NestedSelection(budgets, choices);
  }

  /** The choice at budget number {@code index} of the list. */
  public List<Integer> at(int index) {
    return choices.get(index);
  }

  /** What the choice at budget number {@code index} adds to the one before (all of it, for the first). */
  public List<Integer> added(int index) {
    return index == 0 ? choices.get(0) : choices.get(index).subList(choices.get(index - 1).size(), choices.get(index).size());
  }

  /** Whether every sentence of {@code shorter} is in {@code longer}. */
  public static boolean nests(List<Integer> shorter, List<Integer> longer) {
    return Set.copyOf(longer).containsAll(shorter);
  }
}
