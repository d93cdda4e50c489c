package newsbrief.rank;

import newsbrief.AnalyzedCorpus;
import newsbrief.graph.SimilarityGraph;
import java.util.stream.IntStream;
import org.apache.commons.math3.util.MathArrays;

/**
 * Continuous LexRank (Erkan and Radev 2004, eq. 6): the stationary distribution of a random walk
 * on the similarity graph that follows an edge with probability {@code d} (in proportion to its
 * weight) and jumps to a uniformly chosen sentence otherwise,
 * {@code p = (1 - d)/N + d * sum_j p_j w_ji / deg_j}, found by power iteration.
 *
 * <p>A sentence with no edges jumps uniformly (its mass is spread over all sentences), so every
 * sentence gets a score and the scores sum to 1. Iteration stops when the L1 change falls below
 * the tolerance, or after the iteration cap, whichever comes first.
 */
public final class LexRankRanker implements SentenceRanker {
  private final double damping;
  private final double tolerance;
  private final int maxIterations;

  /**
   * @param damping probability of following an edge, in [0, 1)
   * @param tolerance L1 change between iterations at which to stop, above 0
   * @param maxIterations cap on iterations, at least 1
   */
  public LexRankRanker(double damping, double tolerance, int maxIterations) {
    if (!(damping >= 0 && damping < 1)) {
      throw new IllegalArgumentException("damping must be in [0, 1), got " + damping);
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be above 0, got " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
    }
    this.damping = damping;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  @Override
  public double[] rank(AnalyzedCorpus corpus) {
    return stationaryDistribution(corpus.graph());
  }

  /** The LexRank scores of a graph's nodes; they sum to 1 (an empty graph gives an empty array). */
  public double[] stationaryDistribution(SimilarityGraph graph) {
    int n = graph.size();
    if (n == 0) {
      return new double[0];
    }
    double[] degree = new double[n];
    for (int i = 0; i < n; i++) {
      degree[i] = graph.weightedDegree(i);
    }
    double[] p = new double[n];
    java.util.Arrays.fill(p, 1.0 / n);
    double[] next = new double[n];
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double dangling = 0;
      for (int j = 0; j < n; j++) {
        if (degree[j] == 0) {
          dangling += p[j];
        }
      }
      double base = (1 - damping) / n + damping * dangling / n;
      double[] current = p;
      double[] target = next;
      // Each row is summed by one thread in neighbour order: the result does not depend on threads.
      IntStream.range(0, n).parallel().forEach(i -> {
        double flow = 0;
        for (int k = 0; k < graph.degree(i); k++) {
          int j = graph.neighbour(i, k);
          flow += current[j] * graph.weight(i, k) / degree[j];
        }
        target[i] = base + damping * flow;
      });
      next = MathArrays.normalizeArray(next, 1.0);
      double change = MathArrays.distance1(p, next);
      double[] swap = p;
      p = next;
      next = swap;
      if (change < tolerance) {
        break;
      }
    }
    return p;
  }
}
