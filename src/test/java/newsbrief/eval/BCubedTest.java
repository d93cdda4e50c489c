package newsbrief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BCubedTest {
  private static final double TOLERANCE = 1e-12;

  private static void assertScore(double precision, double recall, BCubed score) {
    assertEquals(precision, score.precision(), TOLERANCE, "precision");
    assertEquals(recall, score.recall(), TOLERANCE, "recall");
    assertEquals(2 * precision * recall / (precision + recall), score.f1(), TOLERANCE, "f1");
  }

  @Test
  void noItemsScoreOne() {
    assertScore(1, 1, BCubed.score(List.of(), List.of()));
  }

  @Test
  void oneItemScoresOne() {
    assertScore(1, 1, BCubed.score(List.of("a"), List.of(7)));
  }

  @Test
  void theTrueClustersUnderOtherNamesScoreOne() {
    assertScore(1, 1, BCubed.score(List.of("a", "a", "b", "c", "b"), List.of(3, 3, 1, 9, 1)));
  }

  @Test
  void oneClusterForAllHasFullRecall() {
    assertScore(0.5, 1, BCubed.score(List.of("a", "a", "b", "b"), List.of(0, 0, 0, 0)));
  }

  @Test
  void everyItemAloneHasFullPrecision() {
    assertScore(1, 0.5, BCubed.score(List.of("a", "a", "b", "b"), List.of(0, 1, 2, 3)));
  }

  /** Worked by hand: items 0 and 1 score (1, 2/3), item 2 (1/3, 1/3), items 3 and 4 (2/3, 1). */
  @Test
  void aMixedClusteringScoresItemByItem() {
    assertScore(11.0 / 15, 11.0 / 15, BCubed.score(List.of("a", "a", "a", "b", "b"), List.of(1, 1, 2, 2, 2)));
  }

  @ParameterizedTest
  @CsvSource({"a a b b, 1 1 2 2", "a b c, 1 1 1", "a a a, 1 2 3", "a b a b, 1 2 2 1"})
  void swappingTruthAndClustersSwapsPrecisionAndRecall(String truth, String found) {
    List<String> t = Arrays.asList(truth.split(" "));
    List<String> f = Arrays.asList(found.split(" "));
    BCubed forward = BCubed.score(t, f);
    BCubed backward = BCubed.score(f, t);
    assertEquals(forward.precision(), backward.recall(), TOLERANCE);
    assertEquals(forward.recall(), backward.precision(), TOLERANCE);
  }

  @Test
  void listsOfDifferentLengthsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> BCubed.score(List.of("a", "b"), List.of(1)));
  }

  @Test
  void missingLabelsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> BCubed.score(Arrays.asList("a", null), List.of(1, 2)));
  }
}
