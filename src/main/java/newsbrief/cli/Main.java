package newsbrief.cli;

import newsbrief.NewsbriefException;
import newsbrief.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/** Entry point of {@code newsbrief.jar}: the command tree and the mapping of failures to exit codes. */
@Command(
    name = "newsbrief",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Summarizes news articles about the same events into a short brief without redundancy.",
        "Output is UTF-8 whatever the locale."},
    subcommands = {BriefCommand.class, SummarizeCommand.class, ExtractCommand.class, EvalCommand.class, CompareCommand.class,
      BenchCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:an unexpected failure (run with --verbose for details)",
      "2:usage error (bad or conflicting options)",
      "3:unusable input (missing, empty, binary or undecodable file, or no sentence to summarize)"})
public final class Main {
  public static final int EXIT_UNUSABLE_INPUT = NewsbriefException.UNUSABLE_INPUT;

  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    CliOutput.useUtf8(commandLine);
    System.exit(commandLine.execute(args));
  }

  /** The command line of this process, with errors mapped to one-line messages and exit codes. */
  public static CommandLine commandLine() {
    return commandLine(CliEnvironment.ofProcess());
  }

  /** The command line, its commands reading from {@code environment} (tests give their own). */
  static CommandLine commandLine(CliEnvironment environment) {
    CommandLine commandLine = new CommandLine(new Main(), new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == SummarizeCommand.class) {
          return type.cast(new SummarizeCommand(environment));
        }
        if (type == ExtractCommand.class) {
          return type.cast(new ExtractCommand(environment));
        }
        if (type == BriefCommand.class) {
          return type.cast(new BriefCommand(environment));
        }
        if (type == CompareCommand.class) {
          return type.cast(new CompareCommand(environment));
        }
        return CommandLine.defaultFactory().create(type);
      }
    });
    commandLine.setParameterExceptionHandler(new UsageErrors());
    commandLine.setExecutionStrategy(CliOutput::execute);
    commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
      boolean verbose = parseResult.hasMatchedOption("--verbose")
          || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
      if (verbose) {
        exception.printStackTrace(cl.getErr());
      }
      if (exception instanceof NewsbriefException problem) {
        problem.details().forEach(line -> cl.getErr().println("newsbrief: " + SafeText.oneLine(line)));
        cl.getErr().println("newsbrief: " + SafeText.oneLine(exception.getMessage()));
        return EXIT_UNUSABLE_INPUT;
      }
      cl.getErr().println("newsbrief: unexpected failure: " + SafeText.oneLine(exception.toString())
          + (verbose ? "" : " (run again with --verbose for details)"));
      return 1;
    });
    return commandLine;
  }
}
