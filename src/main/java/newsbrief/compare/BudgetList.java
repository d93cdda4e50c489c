package newsbrief.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import newsbrief.select.Budget;
import newsbrief.select.Budget.Unit;

/**
 * The lengths a comparison is made at: budgets of one unit, in increasing order, without repeats.
 *
 * @param unit what every budget counts
 * @param limits how many of them each budget allows, each at least 1, ascending and distinct, at
 *     least one
 */
public record BudgetList(Unit unit, List<Integer> limits) {
  /** Budgets of a comparison of one corpus, in words, unless others are asked for. */
  public static final BudgetList COMPARISON_DEFAULT = words(50, 100, 200, 400);

  /** Budgets of a ROUGE curve over a set of clusters, in words, unless others are asked for. */
  public static final BudgetList CURVE_DEFAULT = words(25, 50, 75, 100, 150, 200, 300, 400);

  public BudgetList {
    if (unit == null) {
      throw new IllegalArgumentException("budget unit is missing");
    }
    limits = List.copyOf(limits);
    if (limits.isEmpty()) {
      throw new IllegalArgumentException("no budget in the list");
    }
    for (int i = 0; i < limits.size(); i++) {
      if (limits.get(i) < 1) {
        throw new IllegalArgumentException("a budget must be at least 1, got " + limits.get(i));
      }
      if (i > 0 && limits.get(i) <= limits.get(i - 1)) {
        throw new IllegalArgumentException("budgets must be ascending and distinct: " + limits);
      }
    }
  }

  public static BudgetList words(int... limits) {
    return new BudgetList(Unit.WORDS, Arrays.stream(limits).boxed().toList());
  }

  public static BudgetList sentences(int... limits) {
    return new BudgetList(Unit.SENTENCES, Arrays.stream(limits).boxed().toList());
  }

  /**
   * Reads a comma-separated list such as {@code 50,100,200}: spaces around the numbers are allowed,
   * the numbers are sorted and repeats counted once.
   *
   * @throws IllegalArgumentException with a message saying what is wrong with {@code text}: no
   *     number in it, something that is not a whole number, or a number below 1
   */
  public static BudgetList parse(String text, Unit unit) {
    TreeSet<Integer> limits = new TreeSet<>();
    for (String field : text.split(",", -1)) {
      String number = field.strip();
      if (number.isEmpty()) {
        continue;
      }
      int limit;
      try {
        limit = Integer.parseInt(number);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + number + "' is not a whole number");
      }
      if (limit < 1) {
        throw new IllegalArgumentException("a budget must be at least 1, got " + limit);
      }
      limits.add(limit);
    }
    if (limits.isEmpty()) {
      throw new IllegalArgumentException("no budget in the list");
    }
    return new BudgetList(unit, List.copyOf(limits));
  }

  public List<Budget> budgets() {
    return limits.stream().map(limit -> new Budget(unit, limit)).toList();
  }

  public Budget largest() {
    return new Budget(unit, limits.get(limits.size() - 1));
  }

  /** The unit's name in the plural: {@code words} or {@code sentences}. */
  public String unitName() {
    return unit.name().toLowerCase(Locale.ROOT);
  }

  /** As a reader says it: {@code 50, 100, 200 and 400 words}. */
  public String describe() {
    List<String> numbers = limits.stream().map(String::valueOf).toList();
    String joined = numbers.size() == 1 ? numbers.get(0)
        : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    return joined + " " + unitName();
  }

  /** As the command line takes it: {@code --words 50,100,200,400}. */
  public String option() {
    return "--" + unitName() + " " + limits.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
