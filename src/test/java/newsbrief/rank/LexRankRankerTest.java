package newsbrief.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import newsbrief.AnalyzedCorpus;
import newsbrief.graph.SimilarityGraph;
import newsbrief.graph.SimilarityGraphBuilder;
import newsbrief.vectorize.TermVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexRankRankerTest {
  private final LexRankRanker ranker = new LexRankRanker(0.85, 1e-12, 1000);

  private static TermVector unit(int... terms) {
    double[] weights = new double[terms.length];
    Arrays.fill(weights, 1.0);
    return new TermVector(terms, weights);
  }

  private static SimilarityGraph graph(TermVector... vectors) {
    return new SimilarityGraphBuilder(0.1).build(List.of(vectors));
  }

  private static SimilarityGraph randomGraph(long seed, int nodes) {
    Random random = new Random(seed);
    List<TermVector> vectors = new ArrayList<>();
    for (int v = 0; v < nodes; v++) {
      List<Integer> terms = new ArrayList<>();
      for (int t = 0; t < 25; t++) {
        if (random.nextDouble() < 0.1) {
          terms.add(t);
        }
      }
      double[] weights = terms.stream().mapToDouble(t -> 0.2 + random.nextDouble() * 3).toArray();
      vectors.add(new TermVector(terms.stream().mapToInt(Integer::intValue).toArray(), weights));
    }
    return new SimilarityGraphBuilder(random.nextDouble() * 0.3).build(vectors);
  }

  private static double sum(double[] scores) {
    return Arrays.stream(scores).sum();
  }

  @Test
  void emptyGraphGivesNoScores() {
    assertArrayEquals(new double[0], ranker.stationaryDistribution(SimilarityGraph.empty(0)));
  }

  @Test
  void emptyCorpusGivesNoScores() {
    AnalyzedCorpus empty = new AnalyzedCorpus(List.of(), List.of(), List.of(), List.of(), SimilarityGraph.empty(0));
    assertArrayEquals(new double[0], ranker.rank(empty));
  }

  @Test
  void oneSentenceGetsTheWholeScore() {
    assertArrayEquals(new double[] {1.0}, ranker.stationaryDistribution(graph(unit(0, 1))), 1e-12);
  }

  @Test
  void twoConnectedSentencesShareTheScoreEqually() {
    SimilarityGraph graph = graph(unit(0, 1), unit(1, 2));
    assertEquals(1, graph.edgeCount());
    assertArrayEquals(new double[] {0.5, 0.5}, ranker.stationaryDistribution(graph), 1e-12);
  }

  @Test
  void twoUnconnectedSentencesShareTheScoreEqually() {
    SimilarityGraph graph = graph(unit(0), unit(1));
    assertEquals(0, graph.edgeCount());
    assertArrayEquals(new double[] {0.5, 0.5}, ranker.stationaryDistribution(graph), 1e-12);
  }

  /** Path a - b - c with equal weights: p_a = p_c = (1 + d/2) / (3 (1 + d)), p_b = 1 - 2 p_a. */
  @ParameterizedTest(name = "damping {0}: ends {1}")
  @CsvSource({
      "0.0, 0.3333333333333333",
      "0.5, 0.2777777777777778",
      "0.85, 0.2567567567567568",
      "0.99, 0.2504187604690117"
  })
  void pathGraphMatchesTheClosedForm(double damping, double end) {
    double[] scores = new LexRankRanker(damping, 1e-14, 100_000)
        .stationaryDistribution(graph(unit(0), unit(0, 1), unit(1)));
    assertEquals(end, scores[0], 1e-9);
    assertEquals(end, scores[2], 1e-9);
    assertEquals(1 - 2 * end, scores[1], 1e-9);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void scoresOfRandomGraphsArePositiveAndSumToOne(long seed) {
    SimilarityGraph graph = randomGraph(seed, 30 + (int) seed);
    double[] scores = ranker.stationaryDistribution(graph);
    assertEquals(graph.size(), scores.length);
    assertEquals(1.0, sum(scores), 1e-9);
    for (double score : scores) {
      assertTrue(score > 0);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23})
  void convergedScoresAreAFixedPointOfTheLexRankEquation(long seed) {
    SimilarityGraph graph = randomGraph(seed, 25);
    double d = 0.85;
    double[] p = ranker.stationaryDistribution(graph);
    int n = graph.size();
    double dangling = 0;
    for (int j = 0; j < n; j++) {
      if (graph.degree(j) == 0) {
        dangling += p[j];
      }
    }
    for (int i = 0; i < n; i++) {
      double flow = 0;
      for (int k = 0; k < graph.degree(i); k++) {
        int j = graph.neighbour(i, k);
        flow += p[j] * graph.weight(i, k) / graph.weightedDegree(j);
      }
      assertEquals((1 - d) / n + d * dangling / n + d * flow, p[i], 1e-9);
    }
  }

  @Test
  void aSentenceWithNoEdgesStillGetsAPositiveScore() {
    SimilarityGraph graph = graph(unit(0, 1), unit(1, 2), unit(0, 2), unit(9));
    assertEquals(0, graph.degree(3));
    double[] scores = ranker.stationaryDistribution(graph);
    assertTrue(scores[3] > 0);
    assertTrue(scores[3] < scores[0]);
    assertEquals(1.0, sum(scores), 1e-9);
  }

  @Test
  void centreOfAStarRanksHighest() {
    SimilarityGraph star = graph(unit(1), unit(2), unit(0, 1, 2, 3, 4), unit(3), unit(4));
    assertEquals(4, star.degree(2));
    double[] scores = ranker.stationaryDistribution(star);
    for (int leaf : new int[] {0, 1, 3, 4}) {
      assertTrue(scores[2] > scores[leaf], "centre above leaf " + leaf);
      assertEquals(scores[0], scores[leaf], 1e-12, "leaves alike");
    }
  }

  @Test
  void zeroDampingGivesUniformScores() {
    double[] scores = new LexRankRanker(0.0, 1e-9, 100).stationaryDistribution(randomGraph(5, 8));
    for (double score : scores) {
      assertEquals(1.0 / 8, score, 1e-12);
    }
  }

  @ParameterizedTest(name = "maxIterations {0}")
  @ValueSource(ints = {1, 2, 3})
  void aFewIterationsStillGiveADistribution(int maxIterations) {
    SimilarityGraph graph = randomGraph(31, 20);
    double[] scores = new LexRankRanker(0.85, 1e-12, maxIterations).stationaryDistribution(graph);
    assertEquals(20, scores.length);
    assertEquals(1.0, sum(scores), 1e-9);
    for (double score : scores) {
      assertTrue(score > 0);
    }
  }

  @Test
  void sameGraphGivesTheSameScores() {
    SimilarityGraph graph = randomGraph(41, 30);
    assertArrayEquals(ranker.stationaryDistribution(graph), ranker.stationaryDistribution(graph));
  }

  @ParameterizedTest(name = "damping {0}")
  @ValueSource(doubles = {-0.01, 1.0, 1.5, Double.NaN})
  void constructorRejectsDampingOutsideZeroToOne(double damping) {
    assertThrows(IllegalArgumentException.class, () -> new LexRankRanker(damping, 1e-9, 100));
  }

  @ParameterizedTest(name = "tolerance {0}")
  @ValueSource(doubles = {0.0, -1e-9, Double.NaN})
  void constructorRejectsToleranceNotAboveZero(double tolerance) {
    assertThrows(IllegalArgumentException.class, () -> new LexRankRanker(0.85, tolerance, 100));
  }

  @ParameterizedTest(name = "maxIterations {0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void constructorRejectsAnIterationCapBelowOne(int maxIterations) {
    assertThrows(IllegalArgumentException.class, () -> new LexRankRanker(0.85, 1e-9, maxIterations));
  }
}
