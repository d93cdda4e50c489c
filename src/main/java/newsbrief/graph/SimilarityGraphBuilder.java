package newsbrief.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import newsbrief.vectorize.TermVector;

/**
 * Builds the cosine-similarity graph of sentence vectors through an inverted index: only pairs
 * that share a term are ever compared, and pairs below {@code threshold} get no edge. Rows are
 * computed in parallel and independently, so the graph is the same whatever the thread count.
 */
public final class SimilarityGraphBuilder {
  private final double threshold;

  /** @param threshold smallest cosine that makes an edge, in [0, 1); edges always have weight above 0 */
  public SimilarityGraphBuilder(double threshold) {
    if (!(threshold >= 0 && threshold < 1)) {
      throw new IllegalArgumentException("similarity threshold must be in [0, 1), got " + threshold);
    }
    this.threshold = threshold;
  }

  public SimilarityGraph build(List<TermVector> vectors) {
    return build(vectors, new int[vectors.size()], 1.0);
  }

  /**
   * The graph with edges inside a group scaled by {@code sameGroupWeight}: sentences of one
   * article, or of articles that copy one another, then count less as evidence for each other
   * than independent reports do. The threshold applies to the unscaled cosine.
   *
   * @param group a group id per sentence
   * @param sameGroupWeight factor in (0, 1] for edges between sentences of the same group
   */
  public SimilarityGraph build(List<TermVector> vectors, int[] group, double sameGroupWeight) {
    if (group.length != vectors.size()) {
      throw new IllegalArgumentException("one group id per sentence is needed");
    }
    if (!(sameGroupWeight > 0 && sameGroupWeight <= 1)) {
      throw new IllegalArgumentException("same-group edge weight must be in (0, 1], got " + sameGroupWeight);
    }
    int n = vectors.size();
    int[][] postings = invertedIndex(vectors);
    List<Row> rows = IntStream.range(0, n).parallel()
        .mapToObj(i -> row(i, vectors, postings, group, sameGroupWeight))
        .toList();
    int[] rowStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + rows.get(i).neighbours.length;
    }
    int[] neighbours = new int[rowStart[n]];
    double[] weights = new double[rowStart[n]];
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      System.arraycopy(row.neighbours, 0, neighbours, rowStart[i], row.neighbours.length);
      System.arraycopy(row.weights, 0, weights, rowStart[i], row.weights.length);
    }
    return new SimilarityGraph(rowStart, neighbours, weights);
  }

  private record Row(int[] neighbours, double[] weights) {}

  private Row row(int i, List<TermVector> vectors, int[][] postings, int[] group, double sameGroupWeight) {
    TermVector v = vectors.get(i);
    if (v.isZero()) {
      return new Row(new int[0], new double[0]);
    }
    java.util.Map<Integer, Double> dots = new java.util.HashMap<>();
    for (int k = 0; k < v.size(); k++) {
      double w = v.weight(k);
      for (int j : postings[v.term(k)]) {
        if (j != i) {
          dots.merge(j, w * weightOf(vectors.get(j), v.term(k)), Double::sum);
        }
      }
    }
    int[] order = dots.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    List<int[]> kept = new ArrayList<>();
    List<Double> keptWeights = new ArrayList<>();
    for (int j : order) {
      double cosine = v.cosineGivenDot(vectors.get(j), dots.get(j));
      if (cosine > 0 && cosine >= threshold) {
        kept.add(new int[] {j});
        keptWeights.add(group[i] == group[j] ? cosine * sameGroupWeight : cosine);
      }
    }
    int[] neighbours = kept.stream().mapToInt(a -> a[0]).toArray();
    double[] weights = keptWeights.stream().mapToDouble(Double::doubleValue).toArray();
    return new Row(neighbours, weights);
  }

  private static double weightOf(TermVector vector, int term) {
    int lo = 0;
    int hi = vector.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int t = vector.term(mid);
      if (t == term) {
        return vector.weight(mid);
      } else if (t < term) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return 0;
  }

  private static int[][] invertedIndex(List<TermVector> vectors) {
    int terms = 0;
    for (TermVector v : vectors) {
      for (int k = 0; k < v.size(); k++) {
        terms = Math.max(terms, v.term(k) + 1);
      }
    }
    int[] counts = new int[terms];
    for (TermVector v : vectors) {
      for (int k = 0; k < v.size(); k++) {
        counts[v.term(k)]++;
      }
    }
    int[][] postings = new int[terms][];
    for (int t = 0; t < terms; t++) {
      postings[t] = new int[counts[t]];
    }
    int[] fill = new int[terms];
    for (int i = 0; i < vectors.size(); i++) {
      TermVector v = vectors.get(i);
      for (int k = 0; k < v.size(); k++) {
        postings[v.term(k)][fill[v.term(k)]++] = i;
      }
    }
    return postings;
  }
}
