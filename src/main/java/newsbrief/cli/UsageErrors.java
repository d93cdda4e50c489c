package newsbrief.cli;

import java.util.List;
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

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    commandLine.getErr().println(line(exception));
    commandLine.getErr().flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  static String line(ParameterException exception) {
    String message = oneLine(exception.getMessage());
    if (message.startsWith(PREFIX)) {
      return message;
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

  private static String oneLine(String message) {
    return message == null ? "bad usage" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
