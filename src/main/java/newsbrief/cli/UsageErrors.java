package newsbrief.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints a usage error as one line, {@code newsbrief: <what went wrong> (<what to do>)}, instead
 * of picocli's message followed by the whole usage help, and returns exit code 2. Messages the
 * commands word themselves start with {@code newsbrief: } and say what to do; picocli's own get a
 * pointer to {@code --help}, and a suggestion when an option is misspelt.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private static final String PREFIX = "newsbrief: ";
  /**
   * picocli's words for an option of an exclusive group given twice: "expected only one match but
   * got [--ratio=R | --sentences=N | --words=N]={--words=100} and [...]={--words=200}".
   */
  private static final Pattern REPEATED = Pattern.compile("expected only one match but got .*?=\\{(--?[\\w-]+)");

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    commandLine.getErr().println(line(exception));
    commandLine.getErr().flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  static String line(ParameterException exception) {
    String message = SafeText.oneLine(oneLine(exception.getMessage()));
    if (message.startsWith(PREFIX)) {
      return message;
    }
    Matcher repeated = REPEATED.matcher(message);
    if (repeated.find()) {
      return PREFIX + repeated.group(1) + " given more than once (give it once; see '"
          + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help')";
    }
    if (message.startsWith("Error: ")) {
      message = message.substring("Error: ".length());
    }
    String help = "see '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
    if (exception instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        help = "did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "? " + help;
      }
    }
    return PREFIX + message + (message.endsWith(")") ? "" : " (" + help + ")");
  }

  /**
   * A usage error (exit 2) unless every value of {@code option} is at least 1; picocli parses
   * whole numbers but leaves their range to the command.
   */
  static void requirePositive(CommandLine commandLine, String option, List<Integer> values, String example) {
    for (int value : values) {
      if (value < 1) {
        throw new ParameterException(commandLine, PREFIX + option + " " + value + ": must be at least 1 (e.g. " + example + ")");
      }
    }
  }

  private static String oneLine(String message) {
    return message == null ? "bad usage" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
