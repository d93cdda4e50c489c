package newsbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import newsbrief.AnalyzedCorpus;
import newsbrief.Newsbrief;
import newsbrief.NewsbriefException;
import newsbrief.Sentence;
import newsbrief.Summarizer;
import newsbrief.compare.BudgetList;
import newsbrief.compare.CompareInput;
import newsbrief.compare.ComparisonRenderer;
import newsbrief.compare.CurveRenderer;
import newsbrief.compare.LengthComparer;
import newsbrief.compare.LengthComparison;
import newsbrief.compare.LengthCurve;
import newsbrief.compare.LengthCurveEvaluator;
import newsbrief.compare.LengthFiles;
import newsbrief.compare.LengthFiles.Format;
import newsbrief.eval.DucCluster;
import newsbrief.eval.DucDataset;
import newsbrief.render.OutputFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief compare [DIR] [--eval DIR]}: one corpus's briefs at several budgets (a table, the
 * briefs, a chart and, with {@code --format html}, a page), and mean ROUGE recall and facts against
 * budget over a DUC-layout set of clusters. Parses, calls {@code compare} and writes every file of
 * the run all or none.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
    description = {"Compares the briefs of a corpus at several lengths, each extending the shorter one: writes DIR's "
        + "table and briefs to length-comparison.md and a chart to length-comparison.svg, and prints the table. With "
        + "--eval, plots mean ROUGE recall and facts covered against budget over a DUC-layout set of clusters "
        + "(length-curve-NAME.md and .svg). With --format html, also a page (.html) of each.%n"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:an unexpected failure (run with --verbose for details)",
      "2:usage error (bad or conflicting options, an empty budget list, a budget below 1)",
      "3:unusable input (missing folder, no article, no sentence, no reference summaries)"},
    footer = {"%nExamples:", "  newsbrief compare corpus", "  newsbrief compare corpus --words 60,120,240 -o out",
      "  newsbrief compare corpus --sentences 2,4,8 --format html", "  newsbrief compare ../shared/eval/duc2003/d30003t   # one cluster: ROUGE too",
      "  newsbrief compare --eval ../shared/eval/duc2003", "  newsbrief compare corpus --eval ../shared/eval/duc2003   # both at once"})
final class CompareCommand implements Callable<Integer> {
  static final String DEFAULT_OUTPUT = "summaries";

  private final CliEnvironment environment;
  private Format format = Format.MARKDOWN;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Folder of articles (read as brief reads them), or one DUC-layout cluster (DIR/docs, DIR/refs).")
  String input;

  @Option(names = "--eval", paramLabel = "DIR", description = "DUC-layout folder of clusters (DIR/<cluster>/docs, "
      + "DIR/<cluster>/refs): plot mean ROUGE recall and facts covered against budget over them.")
  String eval;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nBudgets (one of):%n")
  BudgetListOptions budgets = new BudgetListOptions();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "markdown (default: NAME.md and NAME.svg) or html (also NAME.html, a page of the same).")
  void setFormat(String name) {
    format = Format.named(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "newsbrief: --format " + name + ": not a format of compare (use markdown or html)"));
  }

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = DEFAULT_OUTPUT,
      description = "Folder to write into (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--verbose", description = "Show the full error on failure.")
  boolean verbose;

  CompareCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    if (input == null && eval == null) {
      throw new ParameterException(spec.commandLine(),
          "newsbrief: compare needs a folder of articles, or --eval and a DUC-layout folder (e.g. newsbrief compare corpus)");
    }
    environment.splitter().prepare();
    Summarizer summarizer = new Summarizer(environment.splitter().get());
    DucCluster corpus = input == null ? null
        : CompareInput.corpus(new Newsbrief(environment.splitter().get()), environment.workingDir(), input, environment.stdin());
    List<DucCluster> clusters = eval == null ? null : DucDataset.read(environment.workingDir(), eval);
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> printed = new ArrayList<>();
    if (corpus != null) {
      LengthComparison comparison = compare(summarizer, corpus);
      printed.add(add(files, new ComparisonRenderer().table(comparison),
          LengthFiles.of(comparison, format, command(input, BudgetList.COMPARISON_DEFAULT, false),
              command(input, BudgetList.COMPARISON_DEFAULT, true))));
    }
    if (clusters != null) {
      LengthCurve curve = new LengthCurveEvaluator(summarizer).evaluate(CompareInput.setName(environment.workingDir(), eval),
          clusters, budgets.budgetsOr(BudgetList.CURVE_DEFAULT));
      printed.add(add(files, new CurveRenderer().table(curve), LengthFiles.of(curve, format,
          command(null, BudgetList.CURVE_DEFAULT, false), command(null, BudgetList.CURVE_DEFAULT, true))));
    }
    writeAll(files);
    PrintWriter out = spec.commandLine().getOut();
    printed.forEach(out::print);
    out.flush();
    return 0;
  }

  private LengthComparison compare(Summarizer summarizer, DucCluster corpus) {
    BudgetList list = budgets.budgetsOr(BudgetList.COMPARISON_DEFAULT);
    AnalyzedCorpus analyzed = summarizer.analyze(corpus.articles());
    if (analyzed.size() == 0) {
      throw new NewsbriefException(input,
          "no sentence to summarize: every line looked like page furniture or was too short (check these are article texts)");
    }
    LengthComparison comparison = new LengthComparer(summarizer).compare(input, analyzed, list, corpus.references());
    if (comparison.longest().chosen().isEmpty()) {
      int shortest = analyzed.sentences().stream().mapToInt(Sentence::wordCount).min().orElse(0);
      throw new ParameterException(spec.commandLine(), "newsbrief: " + list.option()
          + ": no sentence fits in the largest budget (the shortest has " + shortest + " words; allow more)");
    }
    return comparison;
  }

  /** Adds {@code made} to the run's files; what to print for them: {@code table}, then the files written. */
  private String add(Map<String, byte[]> files, String table, Map<String, byte[]> made) {
    List<String> names = made.keySet().stream().map(name -> Path.of(output, name).toString()).toList();
    made.forEach((name, bytes) -> files.put(name, bytes));
    return table + "\nwrote " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
        + "\n\n";
  }

  /** Every file of the run into the output folder, all or none (OutputFiles stages them all before it renames any). */
  private void writeAll(Map<String, byte[]> files) {
    Path folder = environment.workingDir().resolve(output);
    Map<Path, byte[]> targets = new LinkedHashMap<>();
    files.forEach((name, bytes) -> targets.put(folder.resolve(name), bytes));
    OutputFiles.writeAll(targets);
  }

  /** The command line that makes one output file, for its "Made by" line. */
  private String command(String corpus, BudgetList fallback, boolean page) {
    BudgetList list = budgets.budgetsOr(fallback);
    return "newsbrief compare" + (corpus != null ? " " + corpus : " --eval " + eval)
        + (list.equals(fallback) ? "" : " " + list.option()) + (output.equals(DEFAULT_OUTPUT) ? "" : " -o " + output)
        + (page ? " --format html" : "");
  }
}
