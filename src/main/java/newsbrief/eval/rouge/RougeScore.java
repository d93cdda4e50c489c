package newsbrief.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One ROUGE score (Lin 2004): recall, precision and their weighted harmonic mean.
 *
 * <p>With {@code hits} the clipped matches summed over the references, {@code referenceTotal} the
 * reference units (n-grams, skip-bigrams or LCS tokens) summed over the references and {@code
 * summaryTotal} the summary units counted once per reference:
 *
 * <pre>
 *   R = hits / referenceTotal
 *   P = hits / summaryTotal
 *   F = P R / ((1 - alpha) P + alpha R),  alpha = 0.5
 * </pre>
 *
 * Each of the three is 0 when its denominator is 0, never NaN.
 *
 * @param recall R, in [0, 1]
 * @param precision P, in [0, 1]
 * @param f F with alpha = 0.5, in [0, 1]
 */
public record RougeScore(double recall, double precision, double f) {

  /** The scorer's default relative weight of recall and precision ({@code -p 0.5}). */
  public static final double ALPHA = 0.5;

  /** The number of decimals the official scorer prints. */
  public static final int PRINTED_DECIMALS = 5;

  /** A score of 0 on all three counts. */
  public static final RougeScore ZERO = new RougeScore(0, 0, 0);

  public RougeScore {
    requireUnitInterval("recall", recall);
    requireUnitInterval("precision", precision);
    requireUnitInterval("f", f);
  }

  /**
   * The score for the given totals.
   *
   * @param hits clipped matches, summed over the references
   * @param referenceTotal reference units, summed over the references
   * @param summaryTotal summary units, counted once for each reference
   */
  public static RougeScore fromCounts(long hits, long referenceTotal, long summaryTotal) {
    if (hits < 0 || referenceTotal < 0 || summaryTotal < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + hits + ", " + referenceTotal + ", " + summaryTotal);
    }
    if (hits > referenceTotal || hits > summaryTotal) {
      throw new IllegalArgumentException(
          "hits " + hits + " exceed a total (" + referenceTotal + ", " + summaryTotal + ")");
    }
    double recall = referenceTotal == 0 ? 0 : (double) hits / referenceTotal;
    double precision = summaryTotal == 0 ? 0 : (double) hits / summaryTotal;
    return new RougeScore(recall, precision, fMeasure(recall, precision));
  }

  /**
   * This score as the official scorer prints it: recall and precision rounded to 5 decimals (as C's
   * {@code printf("%7.5f")} rounds the binary value), and F computed from those rounded values and
   * then rounded, which is the order the scorer works in.
   */
  public RougeScore asPrinted() {
    double printedRecall = roundAsPrinted(recall);
    double printedPrecision = roundAsPrinted(precision);
    return new RougeScore(
        printedRecall, printedPrecision, roundAsPrinted(fMeasure(printedRecall, printedPrecision)));
  }

  /** {@code value} rounded to 5 decimals the way C's {@code printf("%7.5f")} rounds a double. */
  public static double roundAsPrinted(double value) {
    return new BigDecimal(value).setScale(PRINTED_DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double fMeasure(double recall, double precision) {
    double denominator = (1 - ALPHA) * precision + ALPHA * recall;
    return denominator > 0 ? (precision * recall) / denominator : 0;
  }

  private static void requireUnitInterval(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }
}
