package newsbrief.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.annotate.SentenceSplitter;

/**
 * What the commands take from their process, so that tests can give their own: the folder paths
 * are relative to, standard input, the sentence splitter, and whether a person is watching.
 *
 * @param workingDir the folder relative input and output paths start from
 * @param stdin what {@code -} reads
 * @param splitter gives the sentence splitter; called only when there is something to split, so
 *     that {@code --help}, {@code --version} and refused input never pay for CoreNLP
 * @param interactive whether output goes to a terminal (then text is wrapped and, for large inputs,
 *     progress shown)
 * @param terminalWidth columns of the terminal, used when {@code interactive}
 */
record CliEnvironment(Path workingDir, InputStream stdin, Supplier<SentenceSplitter> splitter, boolean interactive,
    int terminalWidth) {
  /** Width assumed when the terminal does not say ({@code COLUMNS} unset). */
  static final int DEFAULT_WIDTH = 80;

  CliEnvironment {
    Objects.requireNonNull(workingDir, "workingDir");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(splitter, "splitter");
    if (terminalWidth < 1) {
      throw new IllegalArgumentException("terminal width below 1: " + terminalWidth);
    }
  }

  /**
   * This process's: its working folder, {@link System#in}, CoreNLP built on first use, and a
   * terminal when {@link System#console()} says so (Java 17 tells only whether standard input and
   * output are both terminals), {@code COLUMNS} wide.
   */
  static CliEnvironment ofProcess() {
    return new CliEnvironment(Path.of("").toAbsolutePath(), System.in, new LazySplitter(), System.console() != null,
        width(System.getenv("COLUMNS")));
  }

  static int width(String columns) {
    try {
      int width = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
      return width >= 20 ? width : DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  /**
   * CoreNLP's splitter, built the first time it is asked for and then shared: the lazy holder of
   * one process (one instance per {@link #ofProcess()} call, never a static).
   */
  static final class LazySplitter implements Supplier<SentenceSplitter> {
    private SentenceSplitter splitter;

    @Override
    public synchronized SentenceSplitter get() {
      if (splitter == null) {
        splitter = new CoreNlpSentenceSplitter();
      }
      return splitter;
    }
  }
}
