package newsbrief.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsbrief.vectorize.TermVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimilarityGraphBuilderTest {
  private static TermVector vector(int[] terms, double... weights) {
    return new TermVector(terms, weights);
  }

  private static int[] ids(int... ids) {
    return ids;
  }

  /** Random sparse vectors over a small vocabulary, so that many pairs share terms; some are zero. */
  private static List<TermVector> randomVectors(long seed, int count) {
    Random random = new Random(seed);
    List<TermVector> vectors = new ArrayList<>();
    for (int v = 0; v < count; v++) {
      List<Integer> terms = new ArrayList<>();
      for (int t = 0; t < 30; t++) {
        if (random.nextDouble() < 0.12) {
          terms.add(t);
        }
      }
      double[] weights = new double[terms.size()];
      for (int k = 0; k < weights.length; k++) {
        weights[k] = 0.5 + 3 * random.nextDouble();
      }
      vectors.add(new TermVector(terms.stream().mapToInt(Integer::intValue).toArray(), weights));
    }
    return vectors;
  }

  @Test
  void noVectorsGiveAnEmptyGraph() {
    SimilarityGraph graph = new SimilarityGraphBuilder(0.1).build(List.of());
    assertEquals(0, graph.size());
    assertEquals(0, graph.edgeCount());
  }

  @Test
  void oneVectorGivesOneNodeWithoutEdges() {
    SimilarityGraph graph = new SimilarityGraphBuilder(0.0).build(List.of(vector(ids(0, 1), 1.0, 2.0)));
    assertEquals(1, graph.size());
    assertEquals(0, graph.edgeCount());
    assertEquals(0, graph.degree(0));
    assertEquals(0.0, graph.weightedDegree(0));
    assertEquals(1.0, graph.similarity(0, 0));
  }

  @Test
  void twoIdenticalVectorsAreJoinedByAnEdgeOfWeightOne() {
    // Weights for which |v| * |v| = 2.0000000000000004 rounds above v . v = 2.
    TermVector v = vector(ids(0, 1), 1.0, 1.0);
    TermVector copy = vector(ids(0, 1), 1.0, 1.0);
    SimilarityGraph graph = new SimilarityGraphBuilder(0.1).build(List.of(v, copy));
    assertEquals(1, graph.edgeCount());
    assertEquals(1, graph.neighbour(0, 0));
    assertEquals(0, graph.neighbour(1, 0));
    assertEquals(1.0, graph.weight(0, 0));
    assertEquals(1.0, graph.weight(1, 0));
    assertEquals(1.0, graph.similarity(0, 1));
  }

  @Test
  void twoUnrelatedVectorsHaveNoEdge() {
    SimilarityGraph graph = new SimilarityGraphBuilder(0.0)
        .build(List.of(vector(ids(0, 1), 1.0, 1.0), vector(ids(2, 3), 1.0, 1.0)));
    assertEquals(2, graph.size());
    assertEquals(0, graph.edgeCount());
    assertEquals(0.0, graph.similarity(0, 1));
  }

  @Test
  void zeroVectorsGetNoEdges() {
    SimilarityGraph graph = new SimilarityGraphBuilder(0.0)
        .build(List.of(TermVector.EMPTY, vector(ids(0), 1.0), TermVector.EMPTY, vector(ids(0), 2.0)));
    assertEquals(0, graph.degree(0));
    assertEquals(0, graph.degree(2));
    assertEquals(1, graph.edgeCount());
    assertEquals(1.0, graph.similarity(1, 3));
  }

  // cos(a, b) = 3/5 = 0.6, cos(a, c) = 4/5 = 0.8, cos(b, c) = 0.
  private static final List<TermVector> TRIANGLE = List.of(
      vector(ids(0, 1), 3.0, 4.0), vector(ids(0), 1.0), vector(ids(1), 1.0));

  @ParameterizedTest(name = "threshold {0} keeps {1} edges")
  @CsvSource({
      "0.0, 2",
      "0.5, 2",
      "0.6, 2",
      "0.61, 1",
      "0.8, 1",
      "0.81, 0",
      "0.99, 0"
  })
  void thresholdDropsEdgesBelowIt(double threshold, int edges) {
    SimilarityGraph graph = new SimilarityGraphBuilder(threshold).build(TRIANGLE);
    assertEquals(edges, graph.edgeCount());
    for (int i = 0; i < graph.size(); i++) {
      for (int k = 0; k < graph.degree(i); k++) {
        assertTrue(graph.weight(i, k) >= threshold);
      }
    }
  }

  @Test
  void edgeWeightsAreTheCosines() {
    SimilarityGraph graph = new SimilarityGraphBuilder(0.0).build(TRIANGLE);
    assertEquals(0.6, graph.similarity(0, 1), 1e-12);
    assertEquals(0.8, graph.similarity(0, 2), 1e-12);
    assertEquals(0.0, graph.similarity(1, 2));
    assertEquals(1.4, graph.weightedDegree(0), 1e-12);
  }

  @Test
  void sameGroupWeightScalesOnlyEdgesInsideAGroup() {
    SimilarityGraph graph = new SimilarityGraphBuilder(0.0).build(TRIANGLE, new int[] {0, 0, 1}, 0.5);
    assertEquals(0.6 * 0.5, graph.similarity(0, 1), 1e-12);
    assertEquals(0.6 * 0.5, graph.similarity(1, 0), 1e-12);
    assertEquals(0.8, graph.similarity(0, 2), 1e-12);
  }

  @Test
  void thresholdAppliesToTheUnscaledCosine() {
    SimilarityGraph graph = new SimilarityGraphBuilder(0.5).build(TRIANGLE, new int[] {0, 0, 0}, 0.25);
    assertEquals(2, graph.edgeCount());
    assertEquals(0.6 * 0.25, graph.similarity(0, 1), 1e-12);
    assertEquals(0.8 * 0.25, graph.similarity(0, 2), 1e-12);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void edgesAreSymmetricWithoutSelfLoopsAndMatchTheCosine(long seed) {
    List<TermVector> vectors = randomVectors(seed, 40);
    double threshold = 0.2;
    SimilarityGraph graph = new SimilarityGraphBuilder(threshold).build(vectors);
    int halfEdges = 0;
    for (int i = 0; i < graph.size(); i++) {
      int previous = -1;
      for (int k = 0; k < graph.degree(i); k++) {
        int j = graph.neighbour(i, k);
        assertNotEquals(i, j, "self-loop at " + i);
        assertTrue(j > previous, "neighbours of " + i + " in increasing order");
        previous = j;
        assertEquals(graph.weight(i, k), graph.similarity(j, i), "w(" + i + "," + j + ") == w(" + j + "," + i + ")");
        halfEdges++;
      }
      for (int j = 0; j < graph.size(); j++) {
        if (j != i) {
          double cosine = vectors.get(i).cosine(vectors.get(j));
          double expected = cosine > 0 && cosine >= threshold ? cosine : 0.0;
          assertEquals(expected, graph.similarity(i, j), 1e-12);
        }
      }
    }
    assertEquals(2 * graph.edgeCount(), halfEdges);
    assertTrue(graph.edgeCount() > 10, "the random graph has edges to check");
  }

  @Test
  void sameInputGivesTheSameGraph() {
    List<TermVector> vectors = randomVectors(9, 60);
    SimilarityGraph first = new SimilarityGraphBuilder(0.1).build(vectors);
    SimilarityGraph second = new SimilarityGraphBuilder(0.1).build(vectors);
    assertEquals(first.edgeCount(), second.edgeCount());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.degree(i), second.degree(i));
      for (int k = 0; k < first.degree(i); k++) {
        assertEquals(first.neighbour(i, k), second.neighbour(i, k));
        assertEquals(first.weight(i, k), second.weight(i, k));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN})
  void constructorRejectsThresholdOutsideZeroToOne(double threshold) {
    assertThrows(IllegalArgumentException.class, () -> new SimilarityGraphBuilder(threshold));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.5, 1.01, Double.NaN})
  void buildRejectsSameGroupWeightOutsideZeroToOne(double weight) {
    SimilarityGraphBuilder builder = new SimilarityGraphBuilder(0.1);
    assertThrows(IllegalArgumentException.class, () -> builder.build(TRIANGLE, new int[] {0, 1, 2}, weight));
  }

  @Test
  void buildRejectsAGroupArrayOfTheWrongLength() {
    SimilarityGraphBuilder builder = new SimilarityGraphBuilder(0.1);
    assertThrows(IllegalArgumentException.class, () -> builder.build(TRIANGLE, new int[] {0, 1}, 1.0));
  }

  @Test
  void emptyGraphOfNNodesHasNoEdges() {
    SimilarityGraph graph = SimilarityGraph.empty(3);
    assertEquals(3, graph.size());
    assertEquals(0, graph.edgeCount());
    assertEquals(0.0, graph.similarity(0, 2));
    assertEquals(1.0, graph.similarity(1, 1));
  }
}
