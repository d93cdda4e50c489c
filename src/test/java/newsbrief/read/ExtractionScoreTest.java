package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The port of the benchmark's scorer, on cases worked out by hand. */
class ExtractionScoreTest {
  private static final double EPS = 1e-12;

  @Test
  void nothingScoresNothing() {
    ExtractionScore.Score s = new ExtractionScore().score();
    assertEquals(0, s.f1(), EPS);
    assertEquals(Map.of(), ExtractionScore.shingles(""));
  }

  @Test
  void aTextOfFewerThanFourWordsIsOneShingle() {
    assertEquals(Map.of(List.of("two", "words"), 1), ExtractionScore.shingles("two, words!"));
  }

  @Test
  void shinglesAreWordFourGramsWithMultiplicity() {
    assertEquals(Map.of(List.of("a", "b", "a", "b"), 2, List.of("b", "a", "b", "a"), 1),
        ExtractionScore.shingles("a b a b a b"));
  }

  @Test
  void theSameTextIsPerfectAndAnEmptyPredictionHasNoPrecisionToAverage() {
    ExtractionScore.Score s = new ExtractionScore()
        .add("one two three four five", "one two three four five")
        .add("six seven eight nine", "")
        .score();
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);
    assertEquals(2 * 0.5 / 1.5, s.f1(), EPS);
  }

  @Test
  void countsAreNormalisedPerPage() {
    // truth: 2 shingles; prediction: the first of them and one other: tp 1, fp 1, fn 1.
    ExtractionScore.PageCounts c = ExtractionScore.PageCounts.of("w x y z q", "w x y z r");
    assertEquals(1.0 / 3, c.tp(), EPS);
    assertEquals(1.0 / 3, c.fp(), EPS);
    assertEquals(1.0 / 3, c.fn(), EPS);
  }
}
