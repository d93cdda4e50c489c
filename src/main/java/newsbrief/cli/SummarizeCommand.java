package newsbrief.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import newsbrief.BriefReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief summarize PATH...}: a brief of any articles on standard output, for pipes and
 * programs; the same pipeline, inputs and options as {@code brief}, which writes the daily file.
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {"Summarizes news articles into a short brief without redundancy, a section per story.",
        "%nInputs are article files (plain text, HTML pages, JSON Lines; told apart by extension and content), "
            + "folders (read recursively), glob patterns, or - for standard input. Copies among them count once. "
            + "Inputs that cannot be used are listed on standard error and the others summarized.%n"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success, also when some inputs could not be used (they are listed)",
      "1:an unexpected failure (run with --verbose for details)",
      "2:usage error (bad or conflicting options)",
      "3:unusable input: none of the inputs, or with --strict any of them"},
    footer = {"%nExamples:",
        "  newsbrief summarize corpus",
        "  newsbrief summarize 'feeds/**/*.html' --since 2024-11-01 --words 150",
        "  newsbrief summarize today.jsonl --format json --explain -o brief.json",
        "  newsbrief summarize corpus -o brief.html",
        "  newsbrief summarize corpus --ratio 0.05 -o brief.md",
        "  newsbrief summarize - --input-format html < saved-page",
        "  cat a.txt <(echo ---) b.txt | newsbrief summarize - --sentences 3"})
final class SummarizeCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  @Mixin InputOptions inputs;

  @Mixin OutputOptions output;

  @Mixin StoryChoice stories;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nLength (one of):%n")
  LengthOptions length = new LengthOptions();

  @Option(names = "--explain",
      description = "Say why each sentence was chosen: its centrality, the sentences it kept out, its place in the choice.")
  boolean explain;

  @Option(names = "--progress", negatable = true,
      description = "Draw a progress bar on standard error for " + BriefRun.PROGRESS_FROM_ARTICLES
          + " articles or more (default: only on a terminal).")
  Boolean progress;

  @Option(names = "--verbose", description = "Show the full error on failure, and the files passed over in folders.")
  boolean verbose;

  SummarizeCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    String target = output.output != null ? output.output : OutputOptions.STDOUT;
    OutputFormat format = output.format(target, OutputFormat.TEXT);
    BriefReport report = BriefRun.run(spec, environment,
        stories.apply(inputs.request(environment).withLength(length.dayLength())), progress, verbose, length.describe());
    output.write(environment, report, format, target, explain);
    return 0;
  }
}
