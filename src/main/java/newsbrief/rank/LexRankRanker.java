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
 * <p>With a {@link SentencePrior}, jumps go to sentences in proportion to the prior instead
 * (biased LexRank, Otterbacher et al. 2005): {@code p = (1 - d) q + d * sum_j p_j w_ji / deg_j}
 * with q the prior scaled to sum to 1.
 *
 * <p>A sentence with no edges jumps as a jump does (its mass is spread by the prior), so every
 * sentence gets a score and the scores sum to 1. Iteration stops when the L1 change falls below
 * the tolerance, or after the iteration cap, whichever comes first.
 */
public final class LexRankRanker implements SentenceRanker {
  private final double damping;
  private final double tolerance;
  private final int maxIterations;
  private final SentencePrior prior;

  /** Plain LexRank: jumps are uniform. */
  public LexRankRanker(double damping, double tolerance, int maxIterations) {
    this(damping, tolerance, maxIterations, SentencePrior.UNIFORM);
  }

  /**
   * @param damping probability of following an edge, in [0, 1)
   * @param tolerance L1 change between iterations at which to stop, above 0
   * @param maxIterations cap on iterations, at least 1
   * @param prior where jumps land
   */
  public LexRankRanker(double damping, double tolerance, int maxIterations, SentencePrior prior) {
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
    this.prior = prior;
  }

  @Override
  public double[] rank(AnalyzedCorpus corpus) {
    return stationaryDistribution(corpus.graph(), prior.weights(corpus));
  }

  /** The LexRank scores of a graph's nodes; they sum to 1 (an empty graph gives an empty array). */
  public double[] stationaryDistribution(SimilarityGraph graph) {
    double[] uniform = new double[graph.size()];
    java.util.Arrays.fill(uniform, 1.0);
    return stationaryDistribution(graph, uniform);
  }

  /**
   * As {@link #stationaryDistribution(SimilarityGraph)}, jumping in proportion to {@code jumpWeights}
   * (non-negative; all zero counts as uniform).
   */
  public double[] stationaryDistribution(SimilarityGraph graph, double[] jumpWeights) {
    int n = graph.size();
    if (n == 0) {
      return new double[0];
    }
    if (jumpWeights.length != n) {
      throw new IllegalArgumentException("one jump weight per node is needed");
    }
    double jumpTotal = 0;
    for (double w : jumpWeights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("jump weights must be finite and non-negative, got " + w);
      }
      jumpTotal += w;
    }
    double[] jump = new double[n];
    for (int i = 0; i < n; i++) {
      jump[i] = jumpTotal > 0 ? jumpWeights[i] / jumpTotal : 1.0 / n;
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
      double base = (1 - damping) + damping * dangling;
      double[] share = new double[n];
      for (int j = 0; j < n; j++) {
        share[j] = degree[j] == 0 ? 0 : p[j] / degree[j];
      }
      double[] target = next;
      // Each row is summed by one thread in neighbour order: the result does not depend on threads.
      IntStream.range(0, n).parallel().forEach(i -> {
        double flow = 0;
        for (int k = 0; k < graph.degree(i); k++) {
          int j = graph.neighbour(i, k);
          flow += share[j] * graph.weight(i, k);
        }
        target[i] = base * jump[i] + damping * flow;
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
