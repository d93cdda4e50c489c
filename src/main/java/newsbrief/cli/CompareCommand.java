package newsbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import newsbrief.AnalyzedCorpus;
import newsbrief.BriefRequest;
import newsbrief.Newsbrief;
import newsbrief.Article;
import newsbrief.NewsbriefException;
import newsbrief.Sentence;
import newsbrief.Summarizer;
import newsbrief.compare.BudgetList;
import newsbrief.compare.ComparisonRenderer;
import newsbrief.compare.CurveRenderer;
import newsbrief.compare.LengthComparer;
import newsbrief.compare.LengthComparison;
import newsbrief.compare.LengthCurve;
import newsbrief.compare.LengthCurveEvaluator;
import newsbrief.compare.SvgChartWriter;
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
 * briefs and a chart), and mean ROUGE recall against budget over a DUC-layout set of clusters.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {"Compares the briefs of a corpus at several lengths: writes DIR's table and briefs to "
        + "length-comparison.md and a chart to length-comparison.svg, and prints the table. With --eval, plots mean "
        + "ROUGE recall against budget over a DUC-layout set of clusters (length-curve-NAME.md and .svg).%n"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:an unexpected failure (run with --verbose for details)",
      "2:usage error (bad or conflicting options, an empty budget list, a budget below 1)",
      "3:unusable input (missing folder, no article, no sentence, no reference summaries)"},
    footer = {"%nExamples:",
        "  newsbrief compare corpus",
        "  newsbrief compare corpus --words 60,120,240 -o out",
        "  newsbrief compare corpus --sentences 2,4,8",
        "  newsbrief compare ../shared/eval/duc2003/d30003t   # one cluster: ROUGE too",
        "  newsbrief compare --eval ../shared/eval/duc2003",
        "  newsbrief compare corpus --eval ../shared/eval/duc2003   # both at once"})
final class CompareCommand implements Callable<Integer> {
  static final String DEFAULT_OUTPUT = "summaries";

  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Folder of articles (.txt with optional .meta), or one DUC-layout cluster (DIR/docs, DIR/refs).")
  String input;

  @Option(names = "--eval", paramLabel = "DIR",
      description = "DUC-layout folder of clusters (DIR/<cluster>/docs, DIR/<cluster>/refs): plot mean ROUGE recall "
          + "against budget over them.")
  String eval;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nBudgets (one of):%n")
  BudgetListOptions budgets = new BudgetListOptions();

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
    DucCluster corpus = input == null ? null : readCorpus(input);
    List<DucCluster> clusters = eval == null ? null : DucDataset.read(environment.workingDir(), eval);
    Summarizer summarizer = new Summarizer(environment.splitter().get());
    if (corpus != null) {
      compare(summarizer, corpus);
    }
    if (clusters != null) {
      curve(summarizer, clusters);
    }
    return 0;
  }

  private void compare(Summarizer summarizer, DucCluster corpus) {
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
    ComparisonRenderer renderer = new ComparisonRenderer();
    String command = command(input, list, BudgetList.COMPARISON_DEFAULT);
    write("length-comparison", renderer.render(comparison, command, "length-comparison.svg"),
        new SvgChartWriter().write(renderer.chart(comparison)), renderer.table(comparison));
  }

  private void curve(Summarizer summarizer, List<DucCluster> clusters) {
    BudgetList list = budgets.budgetsOr(BudgetList.CURVE_DEFAULT);
    String name = environment.workingDir().resolve(eval).normalize().getFileName().toString();
    LengthCurve curve = new LengthCurveEvaluator(summarizer).evaluate(name, clusters, list);
    CurveRenderer renderer = new CurveRenderer();
    String command = command(null, list, BudgetList.CURVE_DEFAULT);
    String file = "length-curve-" + name;
    write(file, renderer.render(curve, command, file + ".svg"), new SvgChartWriter().write(renderer.chart(curve)),
        renderer.table(curve));
  }

  /** Writes {@code NAME.md} and {@code NAME.svg} into the output folder, then prints {@code table} and what was written. */
  private void write(String name, String markdown, byte[] svg, String table) {
    Path folder = environment.workingDir().resolve(output);
    OutputFiles.writeAtomically(folder.resolve(name + ".svg"), svg);
    OutputFiles.writeAtomically(folder.resolve(name + ".md"), markdown);
    PrintWriter out = spec.commandLine().getOut();
    out.print(table);
    out.printf(Locale.ROOT, "%nwrote %s and %s%n%n", Path.of(output, name + ".md"), Path.of(output, name + ".svg"));
    out.flush();
  }

  /** The command line that makes one output file, for its "Made by" line. */
  private String command(String corpus, BudgetList list, BudgetList fallback) {
    StringBuilder command = new StringBuilder("newsbrief compare");
    command.append(corpus != null ? " " + corpus : " --eval " + eval);
    if (!list.equals(fallback)) {
      command.append(' ').append(list.option());
    }
    if (!output.equals(DEFAULT_OUTPUT)) {
      command.append(" -o ").append(output);
    }
    return command.toString();
  }

  /**
   * The articles of a folder, read as {@code brief} reads its inputs (copies dropped), or of one
   * DUC-layout cluster with its references; files are named from the folder as typed.
   */
  private DucCluster readCorpus(String typed) {
    Path folder = environment.workingDir().resolve(typed);
    if (DucDataset.holdsClusters(folder)) {
      throw new NewsbriefException(typed, "a folder of DUC-layout clusters, not of articles (for the ROUGE curve "
          + "over them use --eval " + typed + "; to compare the briefs of one cluster, give its folder)");
    }
    if (DucDataset.isCluster(folder)) {
      return DucDataset.readCluster(environment.workingDir(), typed);
    }
    List<Article> articles = new Newsbrief(environment.splitter().get()).read(BriefRequest.of(typed)
        .withWorkingDir(environment.workingDir()).withStdin(environment.stdin())).articles();
    return new DucCluster(typed, articles, List.of());
  }
}
