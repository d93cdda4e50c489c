package newsbrief.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
    footer = {"%nExamples:", "  newsbrief brief corpus", "  newsbrief brief corpus --format html",
        "  newsbrief brief corpus --words 120 -o -",
        "  newsbrief brief today --words 400 --stories 5", "  newsbrief brief feed.jsonl --since 2024-11-27 -f json"})
final class BriefCommand implements Callable<Integer> {
  /** Where the brief goes without {@code -o}: the Markdown file, or its JSON or HTML twin. */
  static final String DEFAULT_OUTPUT = "summaries/daily-brief";

  private final CliEnvironment environment;

  @Mixin BriefRun run;

  BriefCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    String given = run.output.output;
    OutputFormat format = run.output.format(given != null ? given : OutputOptions.STDOUT, OutputFormat.MARKDOWN);
    String target = given != null ? given : DEFAULT_OUTPUT + format.extension();
    run.output.write(environment, run.report(environment), format, target, false);
    return 0;
  }
}
