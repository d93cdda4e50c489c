package newsbrief.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsbrief.spark.FirehoseReport;
import newsbrief.spark.FirehoseSettings;
import newsbrief.spark.SparkSessions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief spark --input PATH --output DIR}: every story of a news firehose with its brief,
 * on Apache Spark ({@link newsbrief.spark.FirehoseJob}). Spark is not in {@code newsbrief.jar}: run
 * it through {@code target/newsbrief-spark} (local mode) or {@code spark-submit}, which bring it.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {"Briefs every story of a news firehose on Apache Spark: DIR/stories.jsonl (one story a line: "
        + "headline, articles, brief) and DIR/summary.json (counts, timings).",
        "Run it with target/newsbrief-spark --master 'local[2]' ..., or spark-submit --class newsbrief.cli.Main "
            + "newsbrief.jar spark ...%n"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success, also when some lines were not usable articles (they are listed)",
      "1:an unexpected failure (run with --verbose for details)",
      "2:usage error (bad or conflicting options, or Spark missing)",
      "3:unusable input or output: missing input, no usable article, an output folder holding other files"},
    footer = {"%nExamples:", "  newsbrief-spark --master 'local[2]' --input feeds/today.jsonl --output briefs/today",
        "  spark-submit --class newsbrief.cli.Main newsbrief.jar spark --input hdfs:///news/day --output hdfs:///briefs/day"})
final class SparkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A JSON Lines or Parquet file, or a folder of them (read recursively).")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "The folder for stories.jsonl and summary.json, written whole or not at all.")
  String output;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto (Parquet when the files end in .parquet), jsonl or parquet.")
  void setFormat(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!lower.equals("auto") && !lower.equals("jsonl") && !lower.equals("parquet")) {
      throw new ParameterException(spec.commandLine(),
          "newsbrief: --input-format " + value + ": not an input format here (use auto, jsonl or parquet)");
    }
    format = lower;
  }

  private String format = "auto";

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nLength of each story's brief (one of):%n")
  LengthOptions length = new LengthOptions();

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark's master, e.g. local[2], when neither spark-submit nor the launcher sets it.")
  String master;

  @Option(names = "--bin-articles", paramLabel = "N",
      description = "Most articles grouped together in one task (default ${DEFAULT-VALUE}).")
  int binArticles = FirehoseSettings.defaults().binArticles();

  @Option(names = "--context-articles", paramLabel = "N",
      description = "Articles of the whole day each bin is grouped with, for its term weights (default ${DEFAULT-VALUE}).")
  int contextArticles = FirehoseSettings.defaults().contextArticles();

  @Option(names = "--partitions", paramLabel = "N",
      description = "Tasks for the briefs (default: one per bin, up to 4 per core).")
  int partitions;

  @Option(names = "--verbose", description = "Show the full error on failure.")
  boolean verbose;

  @Override
  public Integer call() {
    if (binArticles < 2 || contextArticles < 0 || partitions < 0) {
      throw new ParameterException(spec.commandLine(), "newsbrief: --bin-articles must be at least 2, "
          + "--context-articles and --partitions at least 0 (give other numbers)");
    }
    if (!sparkOnClassPath()) {
      throw new ParameterException(spec.commandLine(), "newsbrief: spark: Apache Spark is not on the class path "
          + "(run target/newsbrief-spark, built by mvn -Pspark package, or spark-submit --class newsbrief.cli.Main newsbrief.jar spark ...)");
    }
    FirehoseSettings settings = FirehoseSettings.defaults().withLength(length.length())
        .withBins(binArticles, contextArticles).withPartitions(partitions);
    // No Spark type here: picocli reads this class before any check of the class path.
    FirehoseReport report = SparkSessions.run(master, input, format, output, settings);
    PrintWriter err = spec.commandLine().getErr();
    report.problems().stream().limit(20).forEach(line -> err.println("newsbrief: " + line));
    if (report.problemCount() > 20) {
      err.printf(Locale.ROOT, "newsbrief: %d more lines were not usable articles (listed in %s/summary.json)%n",
          report.problemCount() - 20, output);
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "wrote %s: %d stories (%d of several articles) from %d articles in %.1f s%n", output,
        report.stories(), report.storiesOfSeveral(), report.articles(), report.seconds().get("total"));
    out.flush();
    return 0;
  }

  private static boolean sparkOnClassPath() {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, SparkCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
