package newsbrief.cli;

import newsbrief.BriefRequest;
import newsbrief.NewsbriefException;
import newsbrief.read.DateWindow;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code brief} and {@code summarize} read (a mixin, so both take exactly the same inputs):
 * the inputs as every reading command takes them ({@link ReadOptions}), and the date window.
 */
final class InputOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Leave out articles dated before DATE (YYYY-MM-DD); undated ones are kept and listed.")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Leave out articles dated after DATE (YYYY-MM-DD).")
  String until;

  @Mixin ReadOptions read;

  /** The request for these inputs, read from the environment's working folder and standard input. */
  BriefRequest request(CliEnvironment environment) {
    DateWindow window;
    try {
      window = DateWindow.parse(since, until);
    } catch (NewsbriefException e) {
      throw new ParameterException(spec.commandLine(), "newsbrief: " + e.getMessage());
    }
    return read.request(environment).withWindow(window);
  }
}
