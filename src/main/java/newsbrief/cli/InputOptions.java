package newsbrief.cli;

import java.util.List;
import newsbrief.BriefRequest;
import newsbrief.NewsbriefException;
import newsbrief.read.DateWindow;
import newsbrief.read.InputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code brief} and {@code summarize} read and how (a mixin, so both take exactly the same
 * inputs): article files, folders, glob patterns or {@code -}; the input format; the date window;
 * strict mode.
 */
final class InputOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Article files, folders (read recursively), glob patterns (quoted: 'news/**/*.html'), or - for "
          + "standard input (one article, or several separated by lines holding only ---).")
  List<String> paths;

  private InputFormat format = InputFormat.AUTO;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Leave out articles dated before DATE (YYYY-MM-DD); undated ones are kept and listed.")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Leave out articles dated after DATE (YYYY-MM-DD).")
  String until;

  @Option(names = "--strict", description = "Stop at the first input that cannot be used (exit 3) instead of listing it.")
  boolean strict;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every input as auto (default: by extension, then content), text, html or jsonl.")
  void setFormat(String name) {
    try {
      format = InputFormat.named(name);
    } catch (NewsbriefException e) {
      throw new ParameterException(spec.commandLine(),
          "newsbrief: --input-format " + name + ": not an input format (use auto, text, html or jsonl)");
    }
  }

  /** The request for these inputs, read from the environment's working folder and standard input. */
  BriefRequest request(CliEnvironment environment) {
    DateWindow window;
    try {
      window = DateWindow.parse(since, until);
    } catch (NewsbriefException e) {
      throw new ParameterException(spec.commandLine(), "newsbrief: " + e.getMessage());
    }
    return BriefRequest.of(paths).withWorkingDir(environment.workingDir()).withStdin(environment.stdin())
        .withFormat(format).withStrict(strict).withWindow(window);
  }
}
