package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Brief;
import newsbrief.NewsbriefException;
import newsbrief.Summarizer;
import newsbrief.eval.DucCluster;
import newsbrief.select.Budget;

/**
 * ROUGE recall against budget over a set of clusters: each cluster is analysed and ranked once; at
 * every budget its brief (the summarizer's own choice at that budget) and its nested brief (see
 * {@link NestedSelection}) are scored against all the cluster's references, whole (no length cut),
 * stemmed; the curve is the mean over clusters. Clusters without references, or without a
 * sentence, are left out and counted.
 */
public final class LengthCurveEvaluator {
  private final Summarizer summarizer;
  private final RecallScorer recall = new RecallScorer();

  /** @param summarizer analyses, ranks and chooses */
  public LengthCurveEvaluator(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  /**
   * @param name what to call the set in titles
   * @throws NewsbriefException when no cluster has both references and a sentence
   */
  public LengthCurve evaluate(String name, List<DucCluster> clusters, BudgetList budgets) {
    CurveAccumulator accumulator = new CurveAccumulator(budgets);
    int leftOut = 0;
    for (DucCluster cluster : clusters) {
      if (cluster.references().isEmpty()) {
        leftOut++;
        continue;
      }
      AnalyzedCorpus corpus = summarizer.analyze(cluster.articles());
      if (corpus.size() == 0) {
        leftOut++;
        continue;
      }
      double[] scores = summarizer.ranker().rank(corpus);
      NestedSelection nested = NestedSelection.choose(summarizer, corpus, scores, budgets.largest());
      int[] words = new int[budgets.limits().size()];
      List<Recall> own = new ArrayList<>();
      List<Recall> prefix = new ArrayList<>();
      List<Budget> list = budgets.budgets();
      for (int b = 0; b < list.size(); b++) {
        Budget budget = list.get(b);
        Brief brief = summarizer.assemble(corpus, scores, summarizer.choose(corpus, scores, budget), budget);
        words[b] = brief.wordCount();
        own.add(recall.recall(brief, cluster.references()));
        prefix.add(recall.recall(summarizer.assemble(corpus, scores, nested.prefix(budget), budget), cluster.references()));
      }
      accumulator.add(words, own, prefix);
    }
    if (accumulator.clusters() == 0) {
      throw new NewsbriefException(name, "no cluster has both reference summaries and a sentence to summarize "
          + "(put each cluster's articles in <cluster>/docs/*.txt and its references in <cluster>/refs/*.txt)");
    }
    return new LengthCurve(name, budgets, accumulator.snapshot(), accumulator.clusters(), leftOut);
  }
}
