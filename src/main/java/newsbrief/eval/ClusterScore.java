package newsbrief.eval;

import java.util.List;
import newsbrief.eval.rouge.RougeResult;

/**
 * What one method made of one cluster and how it scored.
 *
 * @param cluster the cluster's id
 * @param summary the summary's sentence lines, uncut
 * @param rouge its scores against the cluster's references
 */
public record ClusterScore(String cluster, List<String> summary, RougeResult rouge) {
  public ClusterScore {
    summary = List.copyOf(summary);
  }
}
