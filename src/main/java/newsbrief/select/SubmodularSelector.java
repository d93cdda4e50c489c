package newsbrief.select;

import java.util.List;
import java.util.OptionalInt;
import newsbrief.AnalyzedCorpus;
import newsbrief.graph.SimilarityGraph;

/**
 * Budgeted submodular selection on the sentence graph (Lin and Bilmes 2011):
 * {@code F(S) = L(S) + lambda * R(S)} with coverage
 * {@code L(S) = sum_i min(sum_{j in S} w_ij, alpha * sum_{j in V} w_ij)} (each sentence of the
 * corpus is covered by the chosen ones it resembles, up to a saturation) and diversity
 * {@code R(S) = sum_k sqrt(sum_{j in S cap P_k} r_j)}, rewarding sentences from clusters
 * {@code P_k} not yet drawn on, with r the ranker's scores scaled to sum to 1. Maximised greedily
 * by gain per cost^{@code costExponent}; F is monotone submodular, so this is near-optimal.
 *
 * <p>The clusters are formed by leader clustering in score order: a sentence joins the first
 * higher-scored leader it resembles at {@code clusterThreshold} or more, else leads its own.
 */
public final class SubmodularSelector implements SentenceSelector {
  private final double alpha;
  private final double diversityWeight;
  private final double costExponent;
  private final double clusterThreshold;
  private final double redundancyThreshold;

  public SubmodularSelector(double alpha, double diversityWeight, double costExponent,
      double clusterThreshold, double redundancyThreshold) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("coverage saturation alpha must be in (0, 1], got " + alpha);
    }
    if (!(diversityWeight >= 0) || !(costExponent >= 0) || !(clusterThreshold > 0 && clusterThreshold <= 1)
        || !(redundancyThreshold > 0 && redundancyThreshold <= 1)) {
      throw new IllegalArgumentException("submodular settings out of range");
    }
    this.alpha = alpha;
    this.diversityWeight = diversityWeight;
    this.costExponent = costExponent;
    this.clusterThreshold = clusterThreshold;
    this.redundancyThreshold = redundancyThreshold;
  }

  @Override
  public List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget, List<Integer> required) {
    SimilarityGraph graph = corpus.graph();
    int n = corpus.size();
    double[] saturation = new double[n];
    for (int i = 0; i < n; i++) {
      saturation[i] = alpha * (1.0 + graph.weightedDegree(i));
    }
    double total = 0;
    for (double s : scores) {
      total += s;
    }
    double[] reward = new double[n];
    for (int i = 0; i < n; i++) {
      reward[i] = total > 0 ? scores[i] / total : 1.0 / n;
    }
    int[] cluster = leaderClusters(corpus, scores, clusterThreshold);
    double[] cover = new double[n];
    double[] clusterMass = new double[n];
    MarginalGain objective = new MarginalGain() {
      @Override
      public double gain(int s) {
        double coverage = Math.min(cover[s] + 1.0, saturation[s]) - Math.min(cover[s], saturation[s]);
        for (int k = 0; k < graph.degree(s); k++) {
          int i = graph.neighbour(s, k);
          coverage += Math.min(cover[i] + graph.weight(s, k), saturation[i]) - Math.min(cover[i], saturation[i]);
        }
        int c = cluster[s];
        double diversity = Math.sqrt(clusterMass[c] + reward[s]) - Math.sqrt(clusterMass[c]);
        return coverage / n + diversityWeight * diversity;
      }

      @Override
      public void add(int s) {
        cover[s] += 1.0;
        for (int k = 0; k < graph.degree(s); k++) {
          cover[graph.neighbour(s, k)] += graph.weight(s, k);
        }
        clusterMass[cluster[s]] += reward[s];
      }
    };
    return GreedySelection.run(corpus, budget, objective, costExponent, redundancyThreshold, required);
  }

  private static int[] leaderClusters(AnalyzedCorpus corpus, double[] scores, double threshold) {
    int n = corpus.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[order[r]] = r;
    }
    int[] cluster = new int[n];
    java.util.Arrays.fill(cluster, -1);
    SimilarityGraph graph = corpus.graph();
    for (int s : order) {
      int best = -1;
      for (int k = 0; k < graph.degree(s); k++) {
        int j = graph.neighbour(s, k);
        if (cluster[j] == j && graph.weight(s, k) >= threshold && (best < 0 || rank[j] < rank[best])) {
          best = j;
        }
      }
      cluster[s] = best >= 0 ? best : s;
    }
    return cluster;
  }

  @Override
  public OptionalInt shortestLeft(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen, Budget budget) {
    return GreedySelection.shortestLeft(corpus, chosen, budget, redundancyThreshold, s -> false);
  }
}
