package newsbrief.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TermVectorTest {
  private static TermVector vector(int[] terms, double... weights) {
    return new TermVector(terms, weights);
  }

  private static int[] ids(int... ids) {
    return ids;
  }

  @Test
  void emptyVectorIsZeroAndHasNoTerms() {
    assertEquals(0, TermVector.EMPTY.size());
    assertTrue(TermVector.EMPTY.isZero());
    assertEquals(0.0, TermVector.EMPTY.norm());
  }

  @Test
  void oneTermVectorHasItsWeightAsNorm() {
    TermVector v = vector(ids(7), 3.0);
    assertEquals(1, v.size());
    assertEquals(7, v.term(0));
    assertEquals(3.0, v.weight(0));
    assertEquals(3.0, v.norm());
    assertFalse(v.isZero());
  }

  @Test
  void twoTermVectorHasEuclideanNorm() {
    TermVector v = vector(ids(1, 4), 3.0, 4.0);
    assertEquals(5.0, v.norm());
    assertEquals(25.0, v.dot(v));
  }

  @Test
  void dotProductSumsOnlySharedTerms() {
    TermVector a = vector(ids(0, 2, 5), 1.0, 2.0, 3.0);
    TermVector b = vector(ids(2, 3, 5), 10.0, 100.0, 1000.0);
    assertEquals(2.0 * 10.0 + 3.0 * 1000.0, a.dot(b));
  }

  static Stream<TermVector> vectors() {
    Random random = new Random(42);
    Stream<TermVector> fixed = Stream.of(
        vector(ids(0), 1.0),
        vector(ids(0, 1), 1.0, 1.0),
        vector(ids(0, 1, 2), 1.0, 1.0, 1.0),
        vector(ids(3, 9), 0.1, 0.7),
        vector(ids(2, 5, 11, 12), 1.4054651081081644, 2.0986122886681098, 1.0, 3.2));
    Stream<TermVector> randomVectors = IntStream.range(0, 200).mapToObj(k -> {
      int n = 1 + random.nextInt(8);
      int[] terms = new int[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        terms[i] = 3 * i + random.nextInt(3);
        weights[i] = 0.05 + 4 * random.nextDouble();
      }
      return new TermVector(terms, weights);
    });
    return Stream.concat(fixed, randomVectors);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void cosineOfAVectorWithItselfIsExactlyOne(TermVector v) {
    assertEquals(1.0, v.cosine(v));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void cosineOfAVectorWithAnEqualCopyIsExactlyOne(TermVector v) {
    int[] terms = new int[v.size()];
    double[] weights = new double[v.size()];
    for (int i = 0; i < v.size(); i++) {
      terms[i] = v.term(i);
      weights[i] = v.weight(i);
    }
    assertEquals(1.0, v.cosine(new TermVector(terms, weights)));
  }

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(vector(ids(0, 1), 1.0, 0.0), vector(ids(0, 1), 1.0, 1.0), Math.sqrt(0.5)),
        Arguments.of(vector(ids(0, 1), 3.0, 4.0), vector(ids(1, 2), 5.0, 12.0), 20.0 / 65.0),
        Arguments.of(vector(ids(0, 1, 2), 1.0, 2.0, 3.0), vector(ids(0, 2), 4.0, 5.0),
            19.0 / (Math.sqrt(14.0) * Math.sqrt(41.0))),
        Arguments.of(vector(ids(5), 2.0), vector(ids(5), 9.0), 1.0));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void cosineMatchesTheFormulaAndIsSymmetric(TermVector a, TermVector b, double expected) {
    assertEquals(expected, a.cosine(b), 1e-12);
    assertEquals(a.cosine(b), b.cosine(a));
  }

  @Test
  void cosineIsSymmetricOnRandomPairs() {
    TermVector[] all = vectors().toArray(TermVector[]::new);
    for (TermVector a : all) {
      for (TermVector b : all) {
        assertEquals(a.cosine(b), b.cosine(a));
      }
    }
  }

  @Test
  void cosineOfVectorsWithNoSharedTermsIsZero() {
    TermVector a = vector(ids(0, 2, 4), 1.0, 2.0, 3.0);
    TermVector b = vector(ids(1, 3, 5), 1.0, 2.0, 3.0);
    assertEquals(0.0, a.cosine(b));
    assertEquals(0.0, b.cosine(a));
  }

  @Test
  void cosineWithTheZeroVectorIsZeroNotNaN() {
    TermVector v = vector(ids(1, 2), 1.0, 2.0);
    TermVector zeroWeights = vector(ids(1, 2), 0.0, 0.0);
    assertTrue(zeroWeights.isZero());
    assertEquals(0.0, v.cosine(TermVector.EMPTY));
    assertEquals(0.0, TermVector.EMPTY.cosine(v));
    assertEquals(0.0, TermVector.EMPTY.cosine(TermVector.EMPTY));
    assertEquals(0.0, v.cosine(zeroWeights));
    assertEquals(0.0, zeroWeights.cosine(zeroWeights));
  }

  @Test
  void constructorRejectsUnsortedOrRepeatedTermIds() {
    assertThrows(IllegalArgumentException.class, () -> vector(ids(2, 1), 1.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> vector(ids(0, 3, 3), 1.0, 1.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> vector(ids(0, 5, 4), 1.0, 1.0, 1.0));
  }

  @Test
  void constructorRejectsTermsAndWeightsOfDifferentLength() {
    assertThrows(IllegalArgumentException.class, () -> vector(ids(0, 1), 1.0));
  }

  @Test
  void constructorCopiesItsArrays() {
    int[] terms = {0, 1};
    double[] weights = {1.0, 2.0};
    TermVector v = new TermVector(terms, weights);
    terms[1] = 9;
    weights[1] = 100.0;
    assertEquals(1, v.term(1));
    assertEquals(2.0, v.weight(1));
    assertEquals(new TermVector(new int[] {0, 1}, new double[] {1.0, 2.0}), v);
  }
}
