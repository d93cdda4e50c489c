package newsbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsbrief.Article;
import newsbrief.StageTimings.Stage;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.bench.Benchmarks;
import newsbrief.bench.ScaleResult;
import newsbrief.bench.SyntheticCorpus;
import newsbrief.eval.DucCluster;
import newsbrief.eval.DucDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsbrief bench}: in-process speed and scale figures, printed as Markdown tables. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {"Measures the pipeline: all clusters of a DUC-layout folder in one process, then one cluster",
        "of N articles pooled from them (and generated beyond their number) with the time of every stage,",
        "peak heap and the fitted growth exponent. Whole-process cold start is measured from outside",
        "(README, \"Speed and scale\")."},
    footer = {"%nExample:", "  java -jar target/newsbrief.jar bench --eval ../shared/eval/duc2003 --sizes 100,300,1000"})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--eval", paramLabel = "DIR", defaultValue = "../shared/eval/duc2003",
      description = "DUC-layout folder whose articles are the pool (default: ${DEFAULT-VALUE}).")
  Path eval;

  @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "100,300,1000,3000,10000",
      description = "Cluster sizes in articles (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Measured runs per figure, the median shown; sizes above 1,000 articles run once (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--verbose", description = "Show the full error on failure.")
  boolean verbose;

  @Override
  public Integer call() {
    UsageErrors.requirePositive(spec.commandLine(), "--runs", List.of(runs), "--runs 3");
    UsageErrors.requirePositive(spec.commandLine(), "--sizes", sizes, "--sizes 100,300,1000");
    PrintWriter out = spec.commandLine().getOut();
    List<DucCluster> clusters = DucDataset.read(eval);
    Benchmarks benchmarks = new Benchmarks(new Summarizer(new CoreNlpSentenceSplitter(), SummaryOptions.defaults()), runs);
    List<Article> pool = new ArrayList<>();
    clusters.forEach(c -> pool.addAll(c.articles()));

    out.printf(Locale.ROOT, "Machine: %d cores, max heap %d MiB, Java %s%n%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    out.printf(Locale.ROOT, "All %d clusters (%d articles) in one process: %.2f s (median of %d)%n%n",
        clusters.size(), pool.size(), benchmarks.clusters(clusters), runs);
    out.flush();

    SummaryOptions defaults = SummaryOptions.defaults();
    SummaryOptions exact = defaults.withGraph(defaults.graph().withExactLimit(Integer.MAX_VALUE));
    SummaryOptions pruned = defaults.withGraph(defaults.graph().withExactLimit(0));
    double[] exactRouge = benchmarks.meanRouge(clusters, exact);
    double[] prunedRouge = benchmarks.meanRouge(clusters, pruned);
    out.printf(Locale.ROOT, "Dev ROUGE recall at 100 words, exact graph: R-1 %.2f, R-2 %.2f; pruned graph (forced): R-1 %.2f, R-2 %.2f%n%n",
        100 * exactRouge[0], 100 * exactRouge[1], 100 * prunedRouge[0], 100 * prunedRouge[1]);
    out.flush();

    StringBuilder header = new StringBuilder("| articles | sentences | tokens | edges | seconds | tokens/s |");
    StringBuilder rule = new StringBuilder("|---:|---:|---:|---:|---:|---:|");
    for (Stage stage : Stage.values()) {
      header.append(' ').append(stage.name().toLowerCase(Locale.ROOT)).append(" |");
      rule.append("---:|");
    }
    out.println(header.append(" peak heap MiB |"));
    out.println(rule.append("---:|"));
    List<ScaleResult> results = new ArrayList<>();
    for (int size : sizes) {
      ScaleResult result = benchmarks.scale(SyntheticCorpus.of(pool, size, 20241128L));
      results.add(result);
      StringBuilder row = new StringBuilder();
      row.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.2f | %.0f |", result.articles(), result.sentences(), result.tokens(),
          result.edges(), result.seconds(), result.tokensPerSecond()));
      for (Stage stage : Stage.values()) {
        row.append(String.format(Locale.ROOT, " %.2f |", result.stageSeconds().getOrDefault(stage, 0.0)));
      }
      row.append(String.format(Locale.ROOT, " %d |", result.peakHeapBytes() >> 20));
      out.println(row);
      out.flush();
    }
    if (results.size() >= 2) {
      out.printf(Locale.ROOT, "%nFitted growth: time ~ articles^%.2f%n", Benchmarks.growthExponent(results));
    }
    out.flush();
    return 0;
  }
}
