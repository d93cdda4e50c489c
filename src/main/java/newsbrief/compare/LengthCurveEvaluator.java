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
 * ROUGE recall and facts covered against budget over a set of clusters with reference summaries:
 * each cluster is analysed and ranked once, its facts found once, and at every budget both the
 * summarizer's own brief and the nested brief ({@link NestedSelection}) are scored; then the
 * measures are averaged over the clusters.
 */
public final class LengthCurveEvaluator {
  private final Summarizer summarizer;
  private final FactFinder facts;
  private final RecallScorer recall = new RecallScorer();

  /** Counts facts as the comparison does ({@link LengthComparer#LengthComparer(Summarizer)}). */
  public LengthCurveEvaluator(Summarizer summarizer) {
    this(summarizer, new StatedFacts());
  }

  /**
   * @param summarizer analyses, ranks and chooses
   * @param facts finds the facts a brief covers
   */
  public LengthCurveEvaluator(Summarizer summarizer, FactFinder facts) {
    this.summarizer = summarizer;
    this.facts = facts;
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
      CorpusFacts corpusFacts = facts.find(corpus, scores);
      NestedSelection nested = NestedSelection.choose(summarizer, corpus, scores, budgets);
      List<CurveAccumulator.Sample> own = new ArrayList<>();
      List<CurveAccumulator.Sample> extended = new ArrayList<>();
      List<Budget> list = budgets.budgets();
      for (int b = 0; b < list.size(); b++) {
        Budget budget = list.get(b);
        own.add(sample(corpus, scores, summarizer.choose(corpus, scores, budget), budget, corpusFacts, cluster));
        extended.add(sample(corpus, scores, nested.at(b), budget, corpusFacts, cluster));
      }
      accumulator.add(own, extended);
    }
    if (accumulator.clusters() == 0) {
      throw new NewsbriefException(name, "no cluster has both reference summaries and a sentence to summarize "
          + "(put each cluster's articles in <cluster>/docs/*.txt and its references in <cluster>/refs/*.txt)");
    }
    return new LengthCurve(name, budgets, accumulator.snapshot(), accumulator.clusters(), leftOut,
        facts.definition());
  }

  private CurveAccumulator.Sample sample(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen, Budget budget,
      CorpusFacts corpusFacts, DucCluster cluster) {
    Brief brief = summarizer.assemble(corpus, scores, chosen, budget);
    List<Integer> covered = corpusFacts.coveredBy(chosen);
    int shared = (int) covered.stream().filter(f -> corpusFacts.facts().get(f).shared()).count();
    return new CurveAccumulator.Sample(brief.wordCount(), recall.recall(brief, cluster.references()), covered.size(), shared);
  }
}
