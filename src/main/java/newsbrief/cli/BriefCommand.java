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
 * {@code newsbrief brief PATH...}: the daily brief, written to {@code summaries/daily-brief.md}; the
 * same pipeline, inputs and options as {@code summarize}, which writes to standard output.
 */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {"Writes the daily brief of a day's articles (default: summaries/daily-brief.md, as Markdown).",
        "Articles are grouped into stories; each of the most covered stories gets a section, the rest one line each. "
            + "By default each section gets 50 to 80 words by its coverage, for at most 8 stories (a day of one story, "
            + "200 words); --words, --sentences or --ratio give a total the sections share instead. "
            + "Inputs are read as summarize reads them: files, folders, glob patterns or -.%n"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success, also when some inputs could not be used (they are listed)",
      "1:an unexpected failure (run with --verbose for details)",
      "2:usage error (bad or conflicting options)",
      "3:unusable input: none of the inputs, or with --strict any of them"},
    footer = {"%nExamples:", "  newsbrief brief corpus", "  newsbrief brief corpus --format html",
        "  newsbrief brief corpus --words 120 -o -",
        "  newsbrief brief today --words 400 --stories 5", "  newsbrief brief feed.jsonl --since 2024-11-27 -f json"})
final class BriefCommand implements Callable<Integer> {
  /** Where the brief goes without {@code -o}: the Markdown file, or its JSON or HTML twin. */
  static final String DEFAULT_OUTPUT = "summaries/daily-brief";

  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  @Mixin InputOptions inputs;

  @Mixin OutputOptions output;

  @Mixin StoryChoice stories;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nLength (one of):%n")
  LengthOptions length = new LengthOptions();

  @Option(names = "--progress", negatable = true,
      description = "Draw a progress bar on standard error for " + BriefRun.PROGRESS_FROM_ARTICLES
          + " articles or more (default: only on a terminal).")
  Boolean progress;

  @Option(names = "--verbose", description = "Show the full error on failure, and the files passed over in folders.")
  boolean verbose;

  BriefCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    OutputFormat format = output.format(output.output != null ? output.output : OutputOptions.STDOUT, OutputFormat.MARKDOWN);
    String target = output.output != null ? output.output : DEFAULT_OUTPUT + format.extension();
    BriefReport report = BriefRun.run(spec, environment,
        stories.apply(inputs.request(environment).withLength(length.dayLength())), progress, verbose, length.describe());
    output.write(environment, report, format, target, false);
    return 0;
  }
}
