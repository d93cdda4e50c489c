package newsbrief.cli;

import newsbrief.select.Budget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The length budget options, at most one of which may be given. */
final class BudgetOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private Integer words;
  private Integer sentences;

  @Option(names = "--words", paramLabel = "N", description = "Length budget in words (default 200).")
  void setWords(int value) {
    requirePositive("--words", value);
    words = value;
  }

  @Option(names = "--sentences", paramLabel = "N", description = "Length budget in sentences.")
  void setSentences(int value) {
    requirePositive("--sentences", value);
    sentences = value;
  }

  private void requirePositive(String option, int value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(),
          "newsbrief: " + option + " " + value + ": a budget must be at least 1 (give a positive number)");
    }
  }

  Budget budgetOr(Budget fallback) {
    if (words != null) {
      return Budget.words(words);
    }
    if (sentences != null) {
      return Budget.sentences(sentences);
    }
    return fallback;
  }
}
