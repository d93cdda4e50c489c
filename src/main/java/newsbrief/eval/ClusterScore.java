package newsbrief.eval;

import java.util.List;
import newsbrief.eval.rouge.RougeResult;

/**
 * What one method made of one cluster and how it scored.
 *
 * @param cluster the cluster's id
 * @param summary the summary's sentence lines, uncut
 * @param rouge its scores against the cluster's references
 * @param facts how many of the references' facts it states, per its words
 */
public record ClusterScore(String cluster, List<String> summary, RougeResult rouge, FactRecall facts) {
  public ClusterScore {
    summary = List.copyOf(summary);
    java.util.Objects.requireNonNull(facts, "facts");
  }
}
