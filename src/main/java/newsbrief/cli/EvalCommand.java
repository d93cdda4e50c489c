package newsbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsbrief.annotate.CachingSentenceSplitter;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.eval.BootstrapInterval;
import newsbrief.eval.DucCluster;
import newsbrief.eval.DucDataset;
import newsbrief.eval.EvalLength;
import newsbrief.eval.Evaluation;
import newsbrief.eval.MethodCatalog;
import newsbrief.eval.MethodResult;
import newsbrief.eval.PerClusterScores;
import newsbrief.eval.ResultTable;
import newsbrief.eval.SummaryFolders;
import newsbrief.eval.SummaryMethod;
import newsbrief.eval.rouge.RougeOptions;
import newsbrief.eval.rouge.RougeScorer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief eval DIR}: ROUGE of the summarizer (and other methods) on a DUC-layout folder. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {"Summarizes every cluster of a DUC-layout folder (DIR/<cluster>/docs/*.txt with optional .meta, "
        + "DIR/<cluster>/refs/*.txt) and prints mean ROUGE-1, ROUGE-2 and ROUGE-SU4 recall per method, in percent, "
        + "with 95%% bootstrap intervals over clusters (ROUGE-1.5.5 -n 2 -m -l 100 -2 4 -u, all references).",
        "Selection may run 20 words past the cut, which truncates the last sentence, as DUC systems do."},
    footer = {"%nExamples:", "  newsbrief eval ../shared/eval/duc2003",
        "  newsbrief eval ../shared/eval/duc2003 --methods lead,lexrank,default --save-summaries out",
        "  newsbrief eval ../shared/eval/duc2003 --ablation --saved ../shared/eval/rouge-fixtures/summaries"})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "DUC-layout folder.")
  Path input;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Cut cut = new Cut();

  static final class Cut {
    @Option(names = "--words", paramLabel = "N", description = "Cut summaries after N words (default 100).")
    Integer words;

    @Option(names = "--bytes", paramLabel = "N", description = "Cut summaries after N bytes instead (DUC 2004: 665).")
    Integer bytes;
  }

  @Option(names = "--methods", split = ",", paramLabel = "NAME",
      description = "Methods to compare (default: default, the configuration brief uses). Known: ${COMPLETION-CANDIDATES}.",
      completionCandidates = MethodNames.class)
  List<String> methods;

  @Option(names = "--ablation", description = "Compare every known method (the README's table).")
  boolean ablation;

  @Option(names = "--saved", paramLabel = "DIR",
      description = "Also score summaries already written under DIR/<system>/<cluster>.txt, one row per system.")
  Path saved;

  @Option(names = "--clusters", split = ",", paramLabel = "ID", description = "Only these clusters.")
  List<String> only;

  @Option(names = "--save-summaries", paramLabel = "OUT", description = "Write OUT/<method>/<cluster>.txt, one sentence per line.")
  Path saveSummaries;

  @Option(names = "--per-cluster", paramLabel = "FILE", description = "Write every cluster's scores to FILE (.csv or .json).")
  Path perCluster;

  @Option(names = "--resamples", paramLabel = "N", defaultValue = "1000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(names = "--verbose", description = "Show the full error on failure.")
  boolean verbose;

  /** The method names, for the help text. */
  static final class MethodNames extends ArrayList<String> {
    MethodNames() {
      super(new MethodCatalog(text -> List.of(), EvalLength.words(100)).names());
    }
  }

  @Override
  public Integer call() {
    EvalLength length = length();
    if (perCluster != null && !PerClusterScores.supports(perCluster)) {
      throw new ParameterException(spec.commandLine(), "newsbrief: --per-cluster " + perCluster + ": name a .csv or .json file");
    }
    if (ablation && methods != null) {
      throw new ParameterException(spec.commandLine(), "newsbrief: give --methods or --ablation, not both");
    }
    if (resamples < 1) {
      throw new ParameterException(spec.commandLine(), "newsbrief: --resamples " + resamples + ": give at least 1");
    }
    MethodCatalog catalog = new MethodCatalog(new CachingSentenceSplitter(new CoreNlpSentenceSplitter()), length);
    List<String> names = ablation ? catalog.ablation() : methods != null ? methods : List.of("default");
    for (String name : names) {
      if (!catalog.names().contains(name)) {
        throw new ParameterException(spec.commandLine(), "newsbrief: --methods: unknown method '" + name
            + "' (known: " + String.join(", ", catalog.names()) + ")");
      }
    }
    List<DucCluster> clusters = only == null ? DucDataset.read(input) : DucDataset.only(DucDataset.read(input), only);
    List<SummaryMethod> chosen = new ArrayList<>();
    if (saved != null) {
      chosen.addAll(SummaryFolders.savedMethods(saved));
    }
    names.forEach(name -> chosen.add(catalog.method(name)));

    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    List<MethodResult> results = new Evaluation(new RougeScorer(RougeOptions.standard().withLimit(length.cut())))
        .run(clusters, chosen, (done, total, cluster) -> {
          err.printf(Locale.ROOT, "eval: %d/%d %s (%.1f s)%n", done, total, cluster, (System.nanoTime() - start) / 1e9);
          err.flush();
        });
    if (saveSummaries != null) {
      SummaryFolders.write(saveSummaries, results);
    }
    if (perCluster != null) {
      PerClusterScores.write(perCluster, results);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "ROUGE recall (%%) on %d clusters of %s, cut at %s; 95%% bootstrap intervals over clusters (%d resamples)%n%n",
        clusters.size(), input, length, resamples);
    out.print(ResultTable.markdown(results, new BootstrapInterval(resamples, BootstrapInterval.DEFAULT_CONFIDENCE,
        BootstrapInterval.DEFAULT_SEED)));
    out.flush();
    return 0;
  }

  private EvalLength length() {
    if (cut.bytes != null) {
      requirePositive("--bytes", cut.bytes);
      return EvalLength.bytes(cut.bytes);
    }
    int words = cut.words == null ? 100 : cut.words;
    requirePositive("--words", words);
    return EvalLength.words(words);
  }

  private void requirePositive(String option, int value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(), "newsbrief: " + option + " " + value + ": give a positive number");
    }
  }
}
