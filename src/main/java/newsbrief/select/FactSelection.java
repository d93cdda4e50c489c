package newsbrief.select;

/**
 * The settings of fact coverage ({@link FactCoverageSelector}), chosen on the DUC 2003
 * development set.
 *
 * @param weight weight of the facts a sentence adds (scaled to a maximum of 1 for one sentence)
 *     against the concepts it adds (scaled likewise), at least 0; 0 is concept coverage alone
 * @param recencyWeight how much more a fact first reported on the corpus's latest date weighs than
 *     one first reported on its earliest: {@code 1 + recencyWeight * recency}, at least 0
 */
public record FactSelection(double weight, double recencyWeight) {
  public FactSelection {
    if (!(weight >= 0) || !(recencyWeight >= 0)) {
      throw new IllegalArgumentException("fact weights must be at least 0, got " + weight + ", " + recencyWeight);
    }
  }

  public static FactSelection defaults() {
    return new FactSelection(0.3, 1.0);
  }

  public FactSelection withWeight(double value) {
    return new FactSelection(value, recencyWeight);
  }

  public FactSelection withRecencyWeight(double value) {
    return new FactSelection(weight, value);
  }
}
