package newsbrief.eval;

import java.util.ArrayList;
import java.util.List;
import newsbrief.NewsbriefException;
import newsbrief.eval.rouge.RougeScorer;
import newsbrief.text.StopWords;

/**
 * Runs summary methods over the clusters of a DUC-layout dataset and scores each summary with
 * ROUGE against the cluster's references, and by the references' facts it states ({@link FactRecall}). Clusters are taken one at a time, every method on each
 * in turn, so that methods sharing a caching splitter tokenize each article once.
 */
public final class Evaluation {
  /** Told when a cluster is done, e.g. to show progress. */
  @FunctionalInterface
  public interface Progress {
    void clusterDone(int done, int total, String cluster);

    Progress NONE = (done, total, cluster) -> { };
  }

  private final RougeScorer scorer;
  private final StopWords stopWords = StopWords.english();

  public Evaluation(RougeScorer scorer) {
    this.scorer = scorer;
  }

  /** The scores of every method on every cluster, methods in the order given. */
  public List<MethodResult> run(List<DucCluster> clusters, List<SummaryMethod> methods, Progress progress) {
    List<List<ClusterScore>> scores = new ArrayList<>();
    methods.forEach(m -> scores.add(new ArrayList<>()));
    int done = 0;
    for (DucCluster cluster : clusters) {
      if (cluster.references().isEmpty()) {
        throw new NewsbriefException(cluster.id(), "no reference summaries (add <cluster>/refs/*.txt to evaluate it)");
      }
      for (int m = 0; m < methods.size(); m++) {
        List<String> summary = methods.get(m).summarize(cluster.id(), cluster.articles());
        scores.get(m).add(new ClusterScore(cluster.id(), summary, scorer.score(summary, cluster.references()),
            FactRecall.of(summary, cluster.references(), scorer, stopWords)));
      }
      progress.clusterDone(++done, clusters.size(), cluster.id());
    }
    List<MethodResult> results = new ArrayList<>();
    for (int m = 0; m < methods.size(); m++) {
      results.add(new MethodResult(methods.get(m).name(), scores.get(m)));
    }
    return List.copyOf(results);
  }
}
