package newsbrief.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.StageTimings;
import newsbrief.StageTimings.Stage;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.select.Budget;
import newsbrief.story.StoryBriefer;
import newsbrief.story.StoryOptions;
import newsbrief.select.Length;
import newsbrief.Whitespace;
import newsbrief.eval.DucCluster;
import newsbrief.eval.Evaluation;
import newsbrief.eval.MethodResult;
import newsbrief.eval.RougeMetric;
import newsbrief.eval.SummaryMethod;
import newsbrief.eval.rouge.RougeOptions;
import newsbrief.eval.rouge.RougeScorer;
import newsbrief.render.MarkdownRenderer;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * In-process benchmarks of the pipeline: many small clusters in one process, and one cluster of
 * growing size with the time of every stage (and of grouping its articles into stories, as a day's
 * brief would), the peak heap, and the growth exponent fitted to the
 * timings. Each figure is the median of several runs after a warm-up run.
 */
public final class Benchmarks {
  /** The budget of a brief: the default length. */
  private static final Budget BRIEF = Length.DEFAULT.budgetFor(0);
  /** The budget of a DUC summary. */
  private static final Budget DUC = Budget.words(100);

  private final Summarizer summarizer;
  private final StoryBriefer grouper;
  private final int runs;

  public Benchmarks(Summarizer summarizer, int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1");
    }
    this.summarizer = summarizer;
    this.runs = runs;
    this.grouper = new StoryBriefer(summarizer, StoryOptions.defaults());
  }

  /** Median seconds to summarize every cluster once, in one process, after one warm-up pass. */
  public double clusters(List<DucCluster> clusters) {
    double[] seconds = new double[runs];
    for (int run = -1; run < runs; run++) {
      long start = System.nanoTime();
      for (DucCluster cluster : clusters) {
        summarizer.summarize(cluster.articles(), BRIEF);
      }
      if (run >= 0) {
        seconds[run] = (System.nanoTime() - start) / 1e9;
      }
    }
    return StatUtils.percentile(seconds, 50);
  }

  /** Above this many articles a size is measured once: a run takes long enough to be steady. */
  public static final int REPEATED_UP_TO = 1000;

  /**
   * One cluster of {@code articles}, measured {@code runs} times (the median run is reported), or
   * once above {@link #REPEATED_UP_TO} articles.
   */
  public ScaleResult scale(List<Article> articles) {
    List<ScaleResult> results = new ArrayList<>();
    int times = articles.size() <= REPEATED_UP_TO ? runs : 1;
    for (int run = 0; run < times; run++) {
      results.add(once(articles));
    }
    results.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
    return results.get(results.size() / 2);
  }

  private ScaleResult once(List<Article> articles) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    StageTimings timings = new StageTimings();
    long start = System.nanoTime();
    AnalyzedCorpus corpus = summarizer.analyze(articles, timings);
    int stories = timings.time(Stage.GROUP, () -> grouper.stories(articles).size());
    Brief brief = summarizer.summarize(corpus, BRIEF, timings);
    String markdown = timings.time(Stage.RENDER, () -> new MarkdownRenderer().render(brief));
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long tokens = corpus.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    if (markdown.isEmpty() || stories < 1) {
      throw new IllegalStateException("empty brief");
    }
    return new ScaleResult(articles.size(), corpus.size(), tokens, corpus.graph().edgeCount(), seconds,
        timings.snapshot(), peak);
  }

  /**
   * Mean ROUGE-1 and ROUGE-2 recall (standard DUC setting, 100 words, selected under 100 words) of
   * this benchmark's summarizer with {@code options} on every cluster that has references: for comparing the exact
   * and the pruned graph on the development set.
   */
  public double[] meanRouge(List<DucCluster> clusters, SummaryOptions options) {
    Summarizer configured = summarizer.withOptions(options);
    SummaryMethod inReadingOrder = new SummaryMethod() {
      @Override
      public String name() {
        return "brief";
      }

      @Override
      public List<String> summarize(String cluster, List<Article> articles) {
        return configured.summarize(articles, DUC).lines().stream().map(l -> Whitespace.collapse(l.sentence().text())).toList();
      }
    };
    List<DucCluster> withReferences = clusters.stream().filter(c -> !c.references().isEmpty()).toList();
    MethodResult result = new Evaluation(new RougeScorer(RougeOptions.standard()))
        .run(withReferences, List.of(inReadingOrder), Evaluation.Progress.NONE).get(0);
    return new double[] {mean(result.recalls(RougeMetric.ROUGE_1)), mean(result.recalls(RougeMetric.ROUGE_2))};
  }

  private static double mean(double[] values) {
    return values.length == 0 ? 0 : StatUtils.mean(values);
  }

  /** The exponent b of time = a * articles^b, fitted by least squares on logarithms. */
  public static double growthExponent(List<ScaleResult> results) {
    SimpleRegression regression = new SimpleRegression();
    for (ScaleResult result : results) {
      regression.addData(Math.log(result.articles()), Math.log(result.seconds()));
    }
    return regression.getSlope();
  }
}
