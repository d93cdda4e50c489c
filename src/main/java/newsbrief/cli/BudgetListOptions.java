package newsbrief.cli;

import newsbrief.compare.BudgetList;
import newsbrief.select.Budget.Unit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The budget lists of {@code compare}, at most one of which may be given: words or sentences. */
final class BudgetListOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private BudgetList budgets;

  @Option(names = "--words", paramLabel = "LIST",
      description = "Budgets in words, separated by commas (default: 50,100,200,400; with --eval 25,50,75,100,150,200,300,400).")
  void setWords(String list) {
    budgets = parse("--words", list, Unit.WORDS);
  }

  @Option(names = "--sentences", paramLabel = "LIST", description = "Budgets in sentences, separated by commas, e.g. 2,4,8.")
  void setSentences(String list) {
    budgets = parse("--sentences", list, Unit.SENTENCES);
  }

  private BudgetList parse(String option, String list, Unit unit) {
    try {
      return BudgetList.parse(list, unit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "newsbrief: " + option + " " + (list.isBlank() ? "''" : list)
          + ": " + e.getMessage() + " (give positive whole numbers separated by commas, e.g. " + option
          + (unit == Unit.WORDS ? " 50,100,200)" : " 2,4,8)"));
    }
  }

  /** The budgets given, or {@code fallback}. */
  BudgetList budgetsOr(BudgetList fallback) {
    return budgets == null ? fallback : budgets;
  }

  /** Whether a list was given. */
  boolean given() {
    return budgets != null;
  }
}
