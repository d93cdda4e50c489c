package newsbrief.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RougeScoreTest {

  @Test
  void fromCountsDividesAndGivesZeroForZeroDenominators() {
    RougeScore score = RougeScore.fromCounts(3, 4, 6);
    assertEquals(0.75, score.recall());
    assertEquals(0.5, score.precision());
    assertEquals(0.6, score.f(), 1e-15);
    assertEquals(RougeScore.ZERO, RougeScore.fromCounts(0, 0, 0));
    assertEquals(RougeScore.ZERO, RougeScore.fromCounts(0, 5, 0));
  }

  /** C's printf rounds the exact binary value, ties to even: 0.015625 prints as 0.01562. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0.015625, 0.01562", "0.046875, 0.04688", "0.123454999, 0.12345", "1, 1", "0, 0",
      "0.333333333, 0.33333"})
  void roundsAsCPrintfDoes(double value, double printed) {
    assertEquals(printed, RougeScore.roundAsPrinted(value), 0);
  }

  /** The scorer computes F from recall and precision already rounded to 5 decimals. */
  @Test
  void printedFIsComputedFromPrintedRecallAndPrecision() {
    RougeScore score = RougeScore.fromCounts(1, 3, 7);
    RougeScore printed = score.asPrinted();
    assertEquals(0.33333, printed.recall(), 0);
    assertEquals(0.14286, printed.precision(), 0);
    double fromPrinted = 0.33333 * 0.14286 / (0.5 * 0.14286 + 0.5 * 0.33333);
    assertEquals(RougeScore.roundAsPrinted(fromPrinted), printed.f(), 0);
  }

  @Test
  void rejectsValuesOutsideTheUnitIntervalAndImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> new RougeScore(Double.NaN, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RougeScore(0, 1.5, 0));
    assertThrows(IllegalArgumentException.class, () -> new RougeScore(0, 0, -0.1));
    assertThrows(IllegalArgumentException.class, () -> RougeScore.fromCounts(5, 4, 10));
    assertThrows(IllegalArgumentException.class, () -> RougeScore.fromCounts(-1, 4, 10));
  }

  @Test
  void optionsValidateAndDefaultToTheStandardSetting() {
    RougeOptions standard = RougeOptions.standard();
    assertEquals(new RougeOptions(true, LengthLimit.words(100), 4, true), standard);
    assertEquals(LengthLimit.bytes(665), standard.withLimit(LengthLimit.bytes(665)).limit());
    assertThrows(IllegalArgumentException.class, () -> new RougeOptions(true, LengthLimit.none(), -2, true));
    assertThrows(NullPointerException.class, () -> new RougeOptions(true, null, 4, true));
  }
}
