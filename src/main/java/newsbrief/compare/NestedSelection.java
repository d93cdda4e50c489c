package newsbrief.compare;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import newsbrief.AnalyzedCorpus;
import newsbrief.Summarizer;
import newsbrief.select.Budget;

/**
 * Briefs that nest: the summarizer chooses once, at the largest budget, and the brief at any
 * smaller budget is the longest start of that choice order that fits it. No sentence is skipped
 * to fill words left over, so a shorter brief is always contained in a longer one, and the newest
 * article's lead, which the summarizer takes first, is in every brief that has room for it.
 *
 * @param order indices of the sentences chosen at the largest budget, in the order they were taken
 * @param costs what each of {@code order} costs against a budget of {@code largest}'s unit
 * @param largest the budget the choice was made under
 */
public record NestedSelection(List<Integer> order, List<Integer> costs, Budget largest) {
  public NestedSelection {
    order = List.copyOf(order);
    costs = List.copyOf(costs);
    if (order.size() != costs.size() || largest == null) {
      throw new IllegalArgumentException("one cost per chosen sentence, and the largest budget, are needed");
    }
  }

  /** The summarizer's choice from {@code corpus} at {@code largest}. */
  public static NestedSelection choose(Summarizer summarizer, AnalyzedCorpus corpus, double[] scores, Budget largest) {
    List<Integer> order = summarizer.choose(corpus, scores, largest);
    List<Integer> costs = order.stream().map(s -> largest.cost(corpus.sentences().get(s).wordCount())).toList();
    return new NestedSelection(order, costs, largest);
  }

  /**
   * The longest start of the choice order within {@code budget}, in choice order: empty when the
   * first choice alone is over it.
   *
   * @throws IllegalArgumentException when {@code budget} counts another unit than the choice was
   *     made in, or is larger than it
   */
  public List<Integer> prefix(Budget budget) {
    return order.subList(0, prefixLength(budget));
  }

  /**
   * What the first sentence left out of {@link #prefix(Budget)} costs: the reason the brief stops
   * there; empty when the prefix is the whole choice.
   */
  public OptionalInt nextCost(Budget budget) {
    int length = prefixLength(budget);
    return length < order.size() ? OptionalInt.of(costs.get(length)) : OptionalInt.empty();
  }

  private int prefixLength(Budget budget) {
    if (budget.unit() != largest.unit() || budget.limit() > largest.limit()) {
      throw new IllegalArgumentException("budget " + budget + " is not within the choice's " + largest);
    }
    int spent = 0;
    int length = 0;
    while (length < order.size() && spent + costs.get(length) <= budget.limit()) {
      spent += costs.get(length);
      length++;
    }
    return length;
  }

  /** Whether every sentence of {@code shorter} is in {@code longer}. */
  public static boolean nests(List<Integer> shorter, List<Integer> longer) {
    return Set.copyOf(longer).containsAll(shorter);
  }
}
