package newsbrief.cli;

import java.io.PrintWriter;
import newsbrief.BriefReport;
import newsbrief.BriefRequest;
import newsbrief.Newsbrief;
import newsbrief.StageTimings;
import newsbrief.read.PreparedInput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code brief} and {@code summarize} share (a mixin, so both take the same options and run
 * the same way): the inputs, where the brief goes, the stories, the length, {@code --progress} and
 * {@code --verbose}. It runs the library's one pipeline and says on standard error what became of
 * the inputs: those that could not be used, the files passed over (with {@code --verbose}), what
 * the date window left out, the copies dropped, and the articles without a sentence; a progress bar
 * for large inputs. A brief with no sentence is a usage error: no sentence fits the budget.
 */
final class BriefRun {
  /** From this many articles on, a progress bar is drawn (on a terminal, or with --progress). */
  static final int PROGRESS_FROM_ARTICLES = 300;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Mixin InputOptions inputs;

  @Mixin OutputOptions output;

  @Mixin StoryChoice stories;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nLength (one of):%n")
  LengthOptions length = new LengthOptions();

  @Option(names = "--progress", negatable = true,
      description = "Draw a progress bar on standard error for " + PROGRESS_FROM_ARTICLES
          + " articles or more (default: only on a terminal).")
  Boolean progress;

  @Option(names = "--verbose", description = "Show the full error on failure, and the files passed over in folders.")
  boolean verbose;

  /** The day's brief of the inputs, as the options ask for it. */
  BriefReport report(CliEnvironment environment) {
    BriefRequest request = stories.apply(inputs.request(environment).withLength(length.dayLength()));
    PrintWriter err = spec.commandLine().getErr();
    environment.splitter().prepare();
    Newsbrief newsbrief = new Newsbrief(text -> environment.splitter().get().split(text));
    PreparedInput input = newsbrief.read(request);
    input.batch().problemLines().forEach(line -> err.println("newsbrief: " + line));
    if (verbose && !input.batch().skipped().isEmpty()) {
      err.println("newsbrief: passed over (not an article format): " + String.join(", ", input.batch().skipped()));
    }
    input.notes().forEach(note -> err.println("newsbrief: " + note));
    err.flush();
    boolean wanted = progress == null ? environment.interactive() : progress;
    BriefReport report;
    if (wanted && input.articles().size() >= PROGRESS_FROM_ARTICLES) {
      try (ProgressDisplay display = new ProgressDisplay(err, environment.terminalWidth(), input.articles().size())) {
        report = newsbrief.brief(request, input, new StageTimings(display));
      }
    } else {
      report = newsbrief.brief(request, input, StageTimings.NONE);
    }
    report.sentenceless().forEach(problem -> err.println("newsbrief: " + problem.line()));
    if (request.flat() && report.storiesFound() > 1) {
      err.println("newsbrief: the inputs tell " + report.storiesFound() + " separate stories, briefed as one because of "
          + "--flat (leave it out for a section per story)");
    }
    err.flush();
    if (report.day().sentenceCount() == 0) {
      throw new ParameterException(spec.commandLine(), "newsbrief: " + length.describe()
          + ": no sentence fits in this budget (the shortest has " + report.shortestSentence() + " words; allow more)");
    }
    return report;
  }
}
