package newsbrief;

/**
 * A problem with the user's input or settings that the user can fix. Its message is one line:
 * what went wrong, where, and what to do. The CLI prints it without a stack trace. What it quotes
 * from an input (a file name, a value) is made one safe line ({@link SafeText#oneLine}): a line
 * break or terminal control in a file name cannot split or rewrite the message.
 */
public class NewsbriefException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code for input that cannot be used (the CLI maps it; 2 is reserved for usage errors). */
  public static final int UNUSABLE_INPUT = 3;

  private final String where;
  private final java.util.List<String> details;

  /**
   * @param where the file or option concerned, or {@code null} when there is none
   * @param message what went wrong, with what to do in parentheses
   */
  public NewsbriefException(String where, String message) {
    this(where, message, null, java.util.List.of());
  }

  public NewsbriefException(String where, String message, Throwable cause) {
    this(where, message, cause, java.util.List.of());
  }

  private NewsbriefException(String where, String message, Throwable cause, java.util.List<String> details) {
    super(where == null ? SafeText.oneLine(message) : SafeText.oneLine(where) + ": " + SafeText.oneLine(message), cause);
    this.where = SafeText.oneLine(where);
    this.details = details.stream().map(SafeText::oneLine).toList();
  }

  /**
   * This problem, with the one-line problems it sums up ({@code where: what (what to do)}), which
   * are shown before it: the inputs that could not be used when none could.
   */
  public NewsbriefException withDetails(java.util.List<String> lines) {
    String message = where == null ? getMessage() : getMessage().substring(where.length() + 2);
    return new NewsbriefException(where, message, getCause(), lines);
  }

  /** The problems this one sums up, one line each, to show before it; often none. */
  public java.util.List<String> details() {
    return details;
  }

  /** The file or option concerned, or {@code null}. */
  public String where() {
    return where;
  }
}
