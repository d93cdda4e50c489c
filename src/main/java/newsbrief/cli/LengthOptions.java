package newsbrief.cli;

import java.util.Locale;
import newsbrief.select.Budget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The length options of {@code brief} and {@code summarize}, at most one of which may be given:
 * {@code --words}, {@code --sentences}, or {@code --ratio}, a share of the input's words (which
 * becomes a budget only once the input is read).
 */
final class LengthOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private Integer words;
  private Integer sentences;
  private Double ratio;

  @Option(names = "--words", paramLabel = "N", description = "Length in words (default 200).")
  void setWords(int value) {
    requirePositive("--words", value);
    words = value;
  }

  @Option(names = "--sentences", paramLabel = "N", description = "Length in sentences.")
  void setSentences(int value) {
    requirePositive("--sentences", value);
    sentences = value;
  }

  @Option(names = "--ratio", paramLabel = "R",
      description = "Length as a share of the input's words, above 0 and at most 1 (0.05 for a twentieth).")
  void setRatio(double value) {
    if (!(value > 0 && value <= 1)) {
      throw new ParameterException(spec.commandLine(), "newsbrief: --ratio " + value
          + ": a ratio must be above 0 and at most 1 (e.g. --ratio 0.1 for a tenth of the input's words)");
    }
    ratio = value;
  }

  private void requirePositive(String option, int value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(),
          "newsbrief: " + option + " " + value + ": a budget must be at least 1 (give a positive number)");
    }
  }

  /** The ratio given, or {@code null}. */
  Double ratio() {
    return ratio;
  }

  /**
   * The budget the options ask for: {@code --ratio} of {@code inputWords} rounded, at least 1 word;
   * {@code fallback} when no option was given.
   */
  Budget budgetOr(Budget fallback, long inputWords) {
    if (words != null) {
      return Budget.words(words);
    }
    if (sentences != null) {
      return Budget.sentences(sentences);
    }
    if (ratio != null) {
      return Budget.words((int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(ratio * inputWords))));
    }
    return fallback;
  }

  /** The option as given, for messages: {@code --words 20}, {@code --ratio 0.1}, or the fallback's words. */
  String describe(Budget fallback) {
    if (words != null) {
      return "--words " + words;
    }
    if (sentences != null) {
      return "--sentences " + sentences;
    }
    if (ratio != null) {
      return String.format(Locale.ROOT, "--ratio %s", ratio);
    }
    return "the default budget of " + fallback;
  }
}
