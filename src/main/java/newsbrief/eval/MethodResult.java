package newsbrief.eval;

import java.util.List;
import java.util.Set;

/**
 * A method's scores on every cluster of an evaluation, in cluster order.
 *
 * @param method the method's name
 * @param clusters one score per cluster
 */
public record MethodResult(String method, List<ClusterScore> clusters) {
  public MethodResult {
    clusters = List.copyOf(clusters);
  }

  /** The recall of {@code metric} on each cluster. */
  public double[] recalls(RougeMetric metric) {
    return clusters.stream().mapToDouble(c -> metric.of(c.rouge()).recall()).toArray();
  }

  /** The mean recall of {@code metric} over clusters, with its bootstrap interval. */
  public MeanInterval recall(RougeMetric metric, BootstrapInterval bootstrap) {
    return bootstrap.of(recalls(metric));
  }

  /** Reference facts covered per 100 words of summary, on each cluster ({@link FactRecall}). */
  public double[] factsPer100Words() {
    return clusters.stream().mapToDouble(c -> c.facts().per100Words()).toArray();
  }

  /** The same method restricted to the clusters named in {@code ids}. */
  public MethodResult only(Set<String> ids) {
    return new MethodResult(method, clusters.stream().filter(c -> ids.contains(c.cluster())).toList());
  }
}
