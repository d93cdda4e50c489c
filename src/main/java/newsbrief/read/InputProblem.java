package newsbrief.read;

import java.util.Objects;
import newsbrief.NewsbriefException;
import newsbrief.SafeText;

/**
 * One input that could not be read, kept so that the good inputs can still be summarized and the
 * bad ones listed.
 *
 * @param where the path as given, with {@code :LINE} for a line of a JSON Lines file; made one
 *     safe line ({@link SafeText#oneLine}), as both parts are
 * @param message what went wrong, with what to do in parentheses (without the {@code where} part)
 */
public record InputProblem(String where, String message) {
  public InputProblem {
    where = SafeText.oneLine(Objects.requireNonNull(where, "where"));
    message = SafeText.oneLine(Objects.requireNonNull(message, "message"));
  }

  /** The problem an exception reports; {@code fallbackWhere} when it names no place. */
  public static InputProblem of(NewsbriefException e, String fallbackWhere) {
    String where = e.where() == null ? fallbackWhere : e.where();
    String full = e.getMessage();
    String message = e.where() != null && full.startsWith(e.where() + ": ")
        ? full.substring(e.where().length() + 2)
        : full;
    return new InputProblem(where, message);
  }

  /** The one-line message, {@code where: message}, as {@link NewsbriefException} writes it. */
  public String line() {
    return where + ": " + message;
  }

  /** This problem as the exception strict mode throws. */
  public NewsbriefException toException() {
    return new NewsbriefException(where, message);
  }

  @Override
  public String toString() {
    return line();
  }
}
