package newsbrief.select;

import java.util.Locale;

/**
 * How long a brief may be: a number of words, or a number of sentences.
 *
 * @param unit what is counted
 * @param limit how many, at least 1
 */
public record Budget(Unit unit, int limit) {
  public enum Unit { WORDS, SENTENCES }

  public Budget {
    if (unit == null) {
      throw new IllegalArgumentException("budget unit is missing");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("a budget must be at least 1 " + unit.name().toLowerCase(Locale.ROOT) + ", got " + limit);
    }
  }

  public static Budget words(int limit) {
    return new Budget(Unit.WORDS, limit);
  }

  public static Budget sentences(int limit) {
    return new Budget(Unit.SENTENCES, limit);
  }

  /** What a sentence of {@code words} words costs against this budget. */
  public int cost(int words) {
    return unit == Unit.WORDS ? words : 1;
  }

  @Override
  public String toString() {
    return limit + (unit == Unit.WORDS ? " words" : " sentences");
  }
}
