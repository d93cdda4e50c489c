package newsbrief.select;

import java.util.Locale;

/**
 * How long a brief should be, as asked: a {@link Budget} of words or sentences, or a share of the
 * input's words, which becomes a budget only once the input is read.
 */
public sealed interface Length permits Length.Fixed, Length.Ratio {
  /** Words of a brief unless asked otherwise. */
  int DEFAULT_WORDS = 200;

  /** The default length: {@value #DEFAULT_WORDS} words. */
  Length DEFAULT = words(DEFAULT_WORDS);

  /** The budget for an input of {@code inputWords} words. */
  Budget budgetFor(long inputWords);

  /** The length as an option would give it, for messages: {@code --words 20}, {@code --ratio 0.1}. */
  String option();

  static Length words(int limit) {
    return new Fixed(Budget.words(limit));
  }

  static Length sentences(int limit) {
    return new Fixed(Budget.sentences(limit));
  }

  /** A share in (0, 1] of the input's words, rounded, at least 1 word. */
  static Length ratio(double share) {
    return new Ratio(share);
  }

  /** A budget known in advance. */
  record Fixed(Budget budget) implements Length {
    public Fixed {
      if (budget == null) {
        throw new IllegalArgumentException("a budget is required");
      }
    }

    @Override
    public Budget budgetFor(long inputWords) {
      return budget;
    }

    @Override
    public String option() {
      return (budget.unit() == Budget.Unit.WORDS ? "--words " : "--sentences ") + budget.limit();
    }
  }

  /** A share of the input's words. */
  record Ratio(double share) implements Length {
    public Ratio {
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("a ratio must be above 0 and at most 1, got " + share);
      }
    }

    @Override
    public Budget budgetFor(long inputWords) {
      return Budget.words((int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(share * inputWords))));
    }

    @Override
    public String option() {
      return String.format(Locale.ROOT, "--ratio %s", share);
    }
  }
}
