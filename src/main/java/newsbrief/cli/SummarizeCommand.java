package newsbrief.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Mixin BriefRun run;

  @Option(names = "--explain",
      description = "Say why each sentence was chosen: its centrality, the sentences it kept out, its place in the choice.")
  boolean explain;

  SummarizeCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    String target = run.output.output != null ? run.output.output : OutputOptions.STDOUT;
    OutputFormat format = run.output.format(target, OutputFormat.TEXT);
    run.output.write(environment, run.report(environment), format, target, explain);
    return 0;
  }
}
