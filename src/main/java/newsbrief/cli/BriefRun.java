package newsbrief.cli;

import java.io.PrintWriter;
import newsbrief.BriefReport;
import newsbrief.BriefRequest;
import newsbrief.Newsbrief;
import newsbrief.StageTimings;
import newsbrief.read.PreparedInput;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Runs the library's one pipeline for {@code brief} and {@code summarize} and says on standard
 * error what became of the inputs: those that could not be used, the files passed over (with
 * {@code --verbose}), what the date window left out, the copies dropped, and the articles without a
 * sentence; a progress bar for large inputs. A brief with no sentence is a usage error: no sentence
 * fits the budget.
 */
final class BriefRun {
  /** From this many articles on, a progress bar is drawn (on a terminal, or with --progress). */
  static final int PROGRESS_FROM_ARTICLES = 300;

  private BriefRun() {}

  /**
   * @param progress whether to draw a progress bar ({@code null}: only on a terminal)
   * @param lengthOption the length as the user gave it, for the message when nothing fits
   */
  static BriefReport run(CommandSpec spec, CliEnvironment environment, BriefRequest request, Boolean progress,
      boolean verbose, String lengthOption) {
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
      throw new ParameterException(spec.commandLine(), "newsbrief: " + lengthOption
          + ": no sentence fits in this budget (the shortest has " + report.shortestSentence() + " words; allow more)");
    }
    return report;
  }
}
