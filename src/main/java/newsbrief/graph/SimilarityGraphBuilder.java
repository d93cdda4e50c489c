package newsbrief.graph;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import newsbrief.vectorize.TermVector;
import org.apache.commons.math3.util.KthSelector;

/**
 * Builds the cosine-similarity graph of sentence vectors through an inverted index, so that only
 * pairs sharing a term are ever compared, and pairs below the threshold get no edge.
 *
 * <p>Exact by default; its cost grows with the sum over terms of (sentences holding the term)^2,
 * which the most common terms make quadratic in the number of sentences. For large inputs it
 * prunes: terms held by more than {@code maxPostings} sentences are not used to find candidates
 * (optionally, only each sentence's {@code candidateTerms} heaviest terms are), every candidate
 * gets its exact cosine, and each sentence keeps its {@code maxNeighbours} most similar
 * neighbours (an edge is kept when either end keeps it). Pairs that share only very common terms,
 * mostly below the threshold anyway, and the weakest neighbours of sentences with very many, are
 * what pruning loses.
 *
 * <p>Rows are computed in parallel and independently; ties are broken by sentence index, so the
 * graph is the same whatever the thread count.
 */
public final class SimilarityGraphBuilder {
  /** No limit for a pruning setting. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private final double threshold;
  private final int candidateTerms;
  private final int maxPostings;
  private final int maxNeighbours;

  /** An exact builder: every pair sharing a term is compared. */
  public SimilarityGraphBuilder(double threshold) {
    this(threshold, UNLIMITED, UNLIMITED, UNLIMITED);
  }

  /**
   * @param threshold smallest cosine that makes an edge, in [0, 1); edges always have weight above 0
   * @param candidateTerms how many of a sentence's heaviest terms find its candidates (at least 1)
   * @param maxPostings terms held by more sentences than this find no candidates (at least 1)
   * @param maxNeighbours neighbours each sentence keeps (at least 1)
   */
  public SimilarityGraphBuilder(double threshold, int candidateTerms, int maxPostings, int maxNeighbours) {
    if (!(threshold >= 0 && threshold < 1)) {
      throw new IllegalArgumentException("similarity threshold must be in [0, 1), got " + threshold);
    }
    if (candidateTerms < 1 || maxPostings < 1 || maxNeighbours < 1) {
      throw new IllegalArgumentException("pruning limits must be at least 1");
    }
    this.threshold = threshold;
    this.candidateTerms = candidateTerms;
    this.maxPostings = maxPostings;
    this.maxNeighbours = maxNeighbours;
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
    TermVector[] rows = vectors.toArray(TermVector[]::new);
    int[][] indexed = new int[n][];
    for (int i = 0; i < n; i++) {
      indexed[i] = heaviestTerms(rows[i], candidateTerms);
    }
    Postings postings = Postings.of(rows, indexed, maxPostings);
    int termBound = TermVector.termBound(vectors);
    ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n, termBound));
    int[] first = firstCopies(rows);
    int[][] kept = IntStream.range(0, n).parallel()
        .mapToObj(i -> first[i] == i ? neighbours(i, rows, indexed[i], postings, scratch.get()) : null)
        .toArray(int[][]::new);
    for (int i = 0; i < n; i++) {
      if (first[i] != i) {
        kept[i] = rowOfCopy(kept[first[i]], first[i], i);
      }
    }
    return assemble(rows, kept, group, sameGroupWeight, scratch);
  }

  /**
   * For each sentence, the first sentence with an identical vector (itself if none): news repeats
   * wire copy, and identical vectors have identical neighbourhoods, so a row is computed once per
   * distinct vector.
   */
  private static int[] firstCopies(TermVector[] rows) {
    java.util.Map<TermVector, Integer> seen = new java.util.HashMap<>();
    int[] first = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      first[i] = rows[i].isZero() ? i : seen.computeIfAbsent(rows[i], v -> -1);
      if (first[i] == -1) {
        seen.put(rows[i], i);
        first[i] = i;
      }
    }
    return first;
  }

  /** The row of {@code copy} from the row of the identical {@code original}: the two swap places. */
  private static int[] rowOfCopy(int[] originalRow, int original, int copy) {
    int[] row = new int[originalRow.length];
    int count = 0;
    boolean hadCopy = false;
    for (int j : originalRow) {
      if (j == copy) {
        hadCopy = true;
      } else {
        row[count++] = j;
      }
    }
    if (hadCopy || count < originalRow.length) {
      row[count++] = original;
    }
    row = Arrays.copyOf(row, count);
    Arrays.sort(row);
    return row;
  }

  /** Positions (into the vector) of its {@code m} heaviest terms, ties to the lower term id. */
  private static int[] heaviestTerms(TermVector v, int m) {
    if (v.size() <= m) {
      return IntStream.range(0, v.size()).toArray();
    }
    return IntStream.range(0, v.size()).boxed()
        .sorted((a, b) -> v.weight(a) != v.weight(b) ? Double.compare(v.weight(b), v.weight(a)) : Integer.compare(a, b))
        .limit(m)
        .mapToInt(Integer::intValue)
        .sorted()
        .toArray();
  }

  /** For each term, the sentences indexing it and their weight for it. */
  private record Postings(int[][] sentences, double[][] weights) {
    static Postings of(TermVector[] rows, int[][] indexed, int maxPostings) {
      int terms = 0;
      for (TermVector v : rows) {
        for (int k = 0; k < v.size(); k++) {
          terms = Math.max(terms, v.term(k) + 1);
        }
      }
      int[] counts = new int[terms];
      for (int i = 0; i < rows.length; i++) {
        for (int k : indexed[i]) {
          counts[rows[i].term(k)]++;
        }
      }
      int[][] sentences = new int[terms][];
      double[][] weights = new double[terms][];
      for (int t = 0; t < terms; t++) {
        boolean usable = counts[t] <= maxPostings;
        sentences[t] = new int[usable ? counts[t] : 0];
        weights[t] = new double[usable ? counts[t] : 0];
      }
      int[] fill = new int[terms];
      for (int i = 0; i < rows.length; i++) {
        for (int k : indexed[i]) {
          int t = rows[i].term(k);
          if (sentences[t].length > 0) {
            sentences[t][fill[t]] = i;
            weights[t][fill[t]++] = rows[i].weight(k);
          }
        }
      }
      return new Postings(sentences, weights);
    }
  }

  /** Per-thread work space: dense accumulators by sentence and by term, and the sentences touched. */
  private static final class Scratch {
    final double[] dot;
    final int[] touched;
    final double[] dense;

    Scratch(int n, int terms) {
      dot = new double[n];
      touched = new int[n];
      dense = new double[terms];
    }
  }

  /**
   * The kept neighbours of sentence {@code i}, in increasing index order. Candidates are scored
   * by the dot product accumulated over the terms used for finding them: exact when every term
   * is used, a lower bound that leaves out the very common terms when pruning. Kept edges get
   * their exact cosine when the graph is assembled.
   */
  private int[] neighbours(int i, TermVector[] rows, int[] indexed, Postings postings, Scratch scratch) {
    TermVector v = rows[i];
    if (v.isZero()) {
      return new int[0];
    }
    int touched = 0;
    for (int k : indexed) {
      int t = v.term(k);
      double w = v.weight(k);
      int[] list = postings.sentences()[t];
      double[] weights = postings.weights()[t];
      for (int p = 0; p < list.length; p++) {
        int j = list[p];
        if (j != i) {
          if (scratch.dot[j] == 0) {
            scratch.touched[touched++] = j;
          }
          scratch.dot[j] += w * weights[p];
        }
      }
    }
    int count = 0;
    int[] ids = new int[touched];
    double[] cosines = new double[touched];
    for (int c = 0; c < touched; c++) {
      int j = scratch.touched[c];
      double cosine = v.cosineGivenDot(rows[j], scratch.dot[j]);
      scratch.dot[j] = 0;
      if (cosine > 0 && cosine >= threshold) {
        ids[count] = j;
        cosines[count++] = cosine;
      }
    }
    int[] best = bestFirst(ids, cosines, count, maxNeighbours);
    int[] result = new int[best.length];
    for (int r = 0; r < best.length; r++) {
      result[r] = ids[best[r]];
    }
    Arrays.sort(result);
    return result;
  }

  /**
   * Positions of the {@code limit} highest scores, ties to the lower id: the cut-off score is found
   * in linear time with Commons Math's {@link KthSelector}, so a row with thousands of candidates
   * is never sorted whole.
   */
  private static int[] bestFirst(int[] ids, double[] scores, int length, int limit) {
    if (limit >= length) {
      return IntStream.range(0, length).toArray();
    }
    double cutoff = new KthSelector().select(Arrays.copyOf(scores, length), null, length - limit);
    int above = 0;
    for (int p = 0; p < length; p++) {
      if (scores[p] > cutoff) {
        above++;
      }
    }
    int[] chosen = new int[limit];
    int count = 0;
    for (int p = 0; p < length; p++) {
      if (scores[p] > cutoff) {
        chosen[count++] = p;
      }
    }
    int[] tied = IntStream.range(0, length).filter(p -> scores[p] == cutoff)
        .boxed().sorted((a, b) -> Integer.compare(ids[a], ids[b]))
        .mapToInt(Integer::intValue).limit(limit - above).toArray();
    System.arraycopy(tied, 0, chosen, count, tied.length);
    return chosen;
  }

  /**
   * Symmetric CSR rows: j is i's neighbour when either kept the other. Weights are exact cosines,
   * computed once per pair, so w(i, j) == w(j, i) exactly.
   */
  private static SimilarityGraph assemble(TermVector[] rows, int[][] kept, int[] group, double sameGroupWeight,
      ThreadLocal<Scratch> scratch) {
    int n = rows.length;
    int[] bound = new int[n];
    for (int i = 0; i < n; i++) {
      bound[i] += kept[i].length;
      for (int j : kept[i]) {
        bound[j]++;
      }
    }
    int[][] both = new int[n][];
    for (int i = 0; i < n; i++) {
      both[i] = new int[bound[i]];
    }
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j : kept[i]) {
        both[i][fill[i]++] = j;
        both[j][fill[j]++] = i;
      }
    }
    int[] degree = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      int[] row = both[i];
      Arrays.sort(row);
      int distinct = 0;
      for (int k = 0; k < row.length; k++) {
        if (k == 0 || row[k] != row[k - 1]) {
          row[distinct++] = row[k];
        }
      }
      degree[i] = distinct;
    });
    int[] rowStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + degree[i];
    }
    int[] neighbours = new int[rowStart[n]];
    double[] weights = new double[rowStart[n]];
    IntStream.range(0, n).parallel().forEach(i -> System.arraycopy(both[i], 0, neighbours, rowStart[i], degree[i]));
    // Each pair's cosine is computed once, from its lower end, then copied to the higher end's row.
    IntStream.range(0, n).parallel().forEach(i -> {
      double[] dense = scratch.get().dense;
      rows[i].scatterInto(dense);
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int j = neighbours[k];
        if (j > i) {
          double cosine = rows[i].cosineGivenDot(rows[j], rows[j].dot(dense));
          weights[k] = group[i] == group[j] ? cosine * sameGroupWeight : cosine;
        }
      }
      rows[i].clearFrom(dense);
    });
    IntStream.range(0, n).parallel().forEach(i -> {
      for (int k = rowStart[i]; k < rowStart[i + 1] && neighbours[k] < i; k++) {
        int j = neighbours[k];
        weights[k] = weights[Arrays.binarySearch(neighbours, rowStart[j], rowStart[j + 1], i)];
      }
    });
    return new SimilarityGraph(rowStart, neighbours, weights);
  }
}
