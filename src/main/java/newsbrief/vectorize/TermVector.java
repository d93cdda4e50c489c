package newsbrief.vectorize;

import java.util.Arrays;

/**
 * A sparse vector of term weights: term ids in increasing order with their weights, and its
 * Euclidean norm. Immutable; the arrays are copied in and never handed out.
 */
public final class TermVector {
  public static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

  private final int[] terms;
  private final double[] weights;
  private final double squaredNorm;
  private final double norm;

  public TermVector(int[] terms, double[] weights) {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException("terms and weights differ in length");
    }
    for (int i = 1; i < terms.length; i++) {
      if (terms[i] <= terms[i - 1]) {
        throw new IllegalArgumentException("term ids must be strictly increasing");
      }
    }
    this.terms = terms.clone();
    this.weights = weights.clone();
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    this.squaredNorm = sum;
    this.norm = Math.sqrt(sum);
  }

  public int size() {
    return terms.length;
  }

  public int term(int i) {
    return terms[i];
  }

  public double weight(int i) {
    return weights[i];
  }

  public double norm() {
    return norm;
  }

  public boolean isZero() {
    return norm == 0;
  }

  /** Dot product by merging the two sorted term lists. */
  public double dot(TermVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] == other.terms[j]) {
        sum += weights[i++] * other.weights[j++];
      } else if (terms[i] < other.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** Adds this vector's weights into {@code dense}, indexed by term id (which must be large enough). */
  public void scatterInto(double[] dense) {
    for (int i = 0; i < terms.length; i++) {
      dense[terms[i]] += weights[i];
    }
  }

  /** Sets this vector's entries of {@code dense} back to 0, undoing {@link #scatterInto}. */
  public void clearFrom(double[] dense) {
    for (int term : terms) {
      dense[term] = 0;
    }
  }

  /** Dot product with a vector already scattered into {@code dense}: linear in this vector's size. */
  public double dot(double[] dense) {
    double sum = 0;
    for (int i = 0; i < terms.length; i++) {
      sum += weights[i] * dense[terms[i]];
    }
    return sum;
  }

  /** The largest term id plus one, 0 for the zero vector. */
  public int termBound() {
    return terms.length == 0 ? 0 : terms[terms.length - 1] + 1;
  }

  /** The largest term id of any of the vectors plus one (the size of a dense array over their terms), 0 for none. */
  public static int termBound(Iterable<TermVector> vectors) {
    int bound = 0;
    for (TermVector v : vectors) {
      bound = Math.max(bound, v.termBound());
    }
    return bound;
  }

  /** Cosine similarity in [0, 1] for non-negative weights; 0 when either vector is zero, never NaN. */
  public double cosine(TermVector other) {
    return cosineGivenDot(other, dot(other));
  }

  /**
   * The cosine with {@code other} when their dot product is already known (as {@link #dot} sums
   * it). The denominator is {@code sqrt(|a|^2 |b|^2)}, not {@code |a| |b|}: the product of two
   * rounded square roots can exceed the dot product of a vector with itself, whereas
   * {@code sqrt(s * s) == s} exactly, so a sentence and its copy have cosine exactly 1.
   */
  public double cosineGivenDot(TermVector other, double dot) {
    if (isZero() || other.isZero()) {
      return 0;
    }
    return Math.min(1.0, dot / Math.sqrt(squaredNorm * other.squaredNorm));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }
}
