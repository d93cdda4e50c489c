package newsbrief.graph;

import java.util.Arrays;

/**
 * An undirected graph of sentences whose edge weights are similarities in (0, 1], stored as
 * compressed sparse rows: each edge appears in the rows of both its ends, neighbours in increasing
 * order, no self-loops. A dense matrix would cost n&sup2; memory; this costs the edges kept.
 * (Commons Math's {@code OpenMapRealMatrix} would too, but its products visit all n&sup2; cells.)
 */
public final class SimilarityGraph {
  private final int[] rowStart;
  private final int[] neighbours;
  private final double[] weights;

  SimilarityGraph(int[] rowStart, int[] neighbours, double[] weights) {
    this.rowStart = rowStart;
    this.neighbours = neighbours;
    this.weights = weights;
  }

  /** A graph of {@code n} sentences with no edges. */
  public static SimilarityGraph empty(int n) {
    return new SimilarityGraph(new int[n + 1], new int[0], new double[0]);
  }

  public int size() {
    return rowStart.length - 1;
  }

  public int edgeCount() {
    return neighbours.length / 2;
  }

  public int degree(int node) {
    return rowStart[node + 1] - rowStart[node];
  }

  /** The k-th neighbour of {@code node}, for k below {@link #degree}. */
  public int neighbour(int node, int k) {
    return neighbours[rowStart[node] + k];
  }

  public double weight(int node, int k) {
    return weights[rowStart[node] + k];
  }

  /** Sum of the weights of a node's edges (0 for a node with none). */
  public double weightedDegree(int node) {
    double sum = 0;
    for (int k = rowStart[node]; k < rowStart[node + 1]; k++) {
      sum += weights[k];
    }
    return sum;
  }

  /** The similarity of two nodes: the edge weight, 0 without an edge, 1 for a node with itself. */
  public double similarity(int a, int b) {
    if (a == b) {
      return 1.0;
    }
    int k = Arrays.binarySearch(neighbours, rowStart[a], rowStart[a + 1], b);
    return k >= 0 ? weights[k] : 0.0;
  }
}
