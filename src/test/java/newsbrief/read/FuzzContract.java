package newsbrief.read;

import java.util.function.Supplier;
import newsbrief.NewsbriefException;

/**
 * What every reader promises on any input, for the fuzz tests: a result, or the documented error,
 * a {@link NewsbriefException} whose message is one non-empty line. Any other exception escapes
 * and is a finding; so are a hang (the fuzzer's per-input timeout) and an OutOfMemoryError.
 */
final class FuzzContract {
  private FuzzContract() {}

  /** Runs {@code read}; returns its result, or null when it refused the input as documented. */
  static <T> T onlyDocumentedErrors(Supplier<T> read) {
    try {
      T result = read.get();
      if (result == null) {
        throw new AssertionError("a reader returned null");
      }
      return result;
    } catch (NewsbriefException e) {
      String message = e.getMessage();
      if (message == null || message.isBlank() || message.contains("\n") || message.contains("\r")) {
        throw new AssertionError("not a one-line message: " + message, e);
      }
      return null;
    }
  }
}
