package newsbrief.cli;

import java.util.Locale;
import newsbrief.select.Length;
import newsbrief.story.DayLength;
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

  /** The day's length: the total the options ask for, shared by its sections; a length per section when none was given. */
  DayLength dayLength() {
    boolean given = words != null || sentences != null || ratio != null;
    return given ? new DayLength.Shared(length()) : DayLength.defaults();
  }

  /** The length the options ask for: {@link Length#DEFAULT} when none was given. */
  Length length() {
    if (words != null) {
      return Length.words(words);
    }
    if (sentences != null) {
      return Length.sentences(sentences);
    }
    return ratio != null ? Length.ratio(ratio) : Length.DEFAULT;
  }

  /** The option as given, for messages: {@code --words 20}, {@code --ratio 0.1}, or the default's words. */
  String describe() {
    boolean given = words != null || sentences != null || ratio != null;
    return given ? length().option() : "the default budget of " + Length.DEFAULT.budgetFor(0);
  }
}
