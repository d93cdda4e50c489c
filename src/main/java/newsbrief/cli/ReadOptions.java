package newsbrief.cli;

import java.util.List;
import newsbrief.BriefRequest;
import newsbrief.NewsbriefException;
import newsbrief.read.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * How every command that reads articles reads them (a mixin, so {@code brief}, {@code summarize}
 * and {@code extract} take the same inputs, word the same errors and exit with the same codes):
 * article files, folders, glob patterns or {@code -}; the input format; strict mode.
 */
@Command(
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success, also when some inputs could not be used (they are listed)",
      "1:an unexpected failure (run with --verbose for details)",
      "2:usage error (bad or conflicting options)",
      "3:unusable input: none of the inputs, or with --strict any of them"})
final class ReadOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Article files, folders (read recursively), glob patterns (quoted: 'news/**/*.html'), or - for "
          + "standard input (one article, or several separated by lines holding only ---).")
  List<String> paths;

  private InputFormat format = InputFormat.AUTO;

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

  /** The request to read these inputs, from the environment's working folder and standard input. */
  BriefRequest request(CliEnvironment environment) {
    return BriefRequest.of(paths).withWorkingDir(environment.workingDir()).withStdin(environment.stdin())
        .withFormat(format).withStrict(strict);
  }
}
