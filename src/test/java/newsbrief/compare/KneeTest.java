package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The knee of a curve: the ladder, then curves whose knee is known. */
class KneeTest {
  @Test
  void fewerThanThreePointsHaveNoKnee() {
    assertEquals(OptionalInt.empty(), Knee.of(List.of(), List.of()));
    assertEquals(OptionalInt.empty(), Knee.of(List.of(1.0), List.of(0.5)));
    assertEquals(OptionalInt.empty(), Knee.of(List.of(1.0, 2.0), List.of(0.1, 0.5)));
  }

  @Test
  void straightSaggingFlatOrFallingCurvesHaveNoKnee() {
    List<Double> x = List.of(1.0, 2.0, 3.0, 4.0);
    assertEquals(OptionalInt.empty(), Knee.of(x, List.of(0.1, 0.2, 0.3, 0.4)), "straight");
    assertEquals(OptionalInt.empty(), Knee.of(x, List.of(0.1, 0.11, 0.15, 0.4)), "sagging");
    assertEquals(OptionalInt.empty(), Knee.of(x, List.of(0.3, 0.3, 0.3, 0.3)), "flat");
    assertEquals(OptionalInt.empty(), Knee.of(x, List.of(0.4, 0.5, 0.3, 0.2)), "falling");
  }

  @Test
  void theKneeIsWhereARisingCurveTurnsFlat() {
    List<Double> x = List.of(25.0, 50.0, 100.0, 200.0, 400.0);
    assertEquals(OptionalInt.of(2), Knee.of(x, List.of(0.0, 0.5, 0.9, 0.95, 1.0)));
    assertEquals(OptionalInt.of(1), Knee.of(x, List.of(0.0, 0.9, 0.92, 0.95, 1.0)));
  }
}
