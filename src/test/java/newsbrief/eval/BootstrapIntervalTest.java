package newsbrief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BootstrapIntervalTest {
  private final BootstrapInterval bootstrap = BootstrapInterval.standard();

  @Test
  void noValuesHaveNoMean() {
    assertThrows(IllegalArgumentException.class, () -> bootstrap.of(new double[0]));
  }

  @Test
  void oneValueIsItsOwnInterval() {
    assertEquals(new MeanInterval(0.4, 0.4, 0.4), bootstrap.of(new double[] {0.4}));
  }

  @Test
  void equalValuesGiveAPointInterval() {
    double[] values = new double[30];
    Arrays.fill(values, 0.25);
    MeanInterval interval = bootstrap.of(values);
    assertEquals(0.25, interval.mean(), 1e-12);
    assertEquals(0.25, interval.lower(), 1e-12);
    assertEquals(0.25, interval.upper(), 1e-12);
  }

  @Test
  void halfZerosHalfOnesMatchTheNormalApproximation() {
    // Mean 0.5, standard error 0.5 / sqrt(100) = 0.05, so the 95% interval is about 0.5 +- 0.098.
    double[] values = new double[100];
    for (int i = 0; i < 50; i++) {
      values[i] = 1;
    }
    MeanInterval interval = bootstrap.of(values);
    assertEquals(0.5, interval.mean(), 1e-12);
    assertEquals(0.402, interval.lower(), 0.02);
    assertEquals(0.598, interval.upper(), 0.02);
  }

  @Test
  void theSameValuesGiveTheSameIntervalAndMoreConfidenceAWiderOne() {
    double[] values = {0.31, 0.42, 0.38, 0.45, 0.29, 0.40, 0.36, 0.44, 0.39, 0.33};
    assertEquals(bootstrap.of(values), bootstrap.of(values));
    MeanInterval narrow = new BootstrapInterval(2000, 0.5, 7).of(values);
    MeanInterval wide = new BootstrapInterval(2000, 0.99, 7).of(values);
    assertTrue(wide.lower() < narrow.lower() && narrow.upper() < wide.upper());
    assertTrue(wide.lower() <= wide.mean() && wide.mean() <= wide.upper());
  }

  @Test
  void settingsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new BootstrapInterval(0, 0.95, 1));
    assertThrows(IllegalArgumentException.class, () -> new BootstrapInterval(100, 1.0, 1));
  }
}
