package newsbrief.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.annotate.SentenceSplitter;

/**
 * What the commands take from their process, so that tests can give their own: the folder paths
 * are relative to, standard input, the sentence splitter, and whether a person is watching.
 *
 * @param workingDir the folder relative input and output paths start from
 * @param stdin what {@code -} reads
 * @param splitter gives the sentence splitter; asked for only once the options are valid, so that
 *     {@code --help}, {@code --version} and usage errors never pay for CoreNLP
 * @param interactive whether output goes to a terminal (then text is wrapped and, for large inputs,
 *     progress shown)
 * @param terminalWidth columns of the terminal, used when {@code interactive}
 */
record CliEnvironment(Path workingDir, InputStream stdin, SplitterProvider splitter, boolean interactive,
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
   * This process's: its working folder, {@link System#in}, CoreNLP built in the background once
   * asked for, and a
   * terminal when {@link System#console()} says so (Java 17 tells only whether standard input and
   * output are both terminals), {@code COLUMNS} wide.
   */
  static CliEnvironment ofProcess() {
    return new CliEnvironment(Path.of("").toAbsolutePath(), System.in, new BackgroundSplitter(), System.console() != null,
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
   * Gives the sentence splitter. Tests give a shared one ({@code TestSupport::coreNlp}); the process
   * builds CoreNLP's, which takes a good part of a cold start, and may begin as soon as it knows it
   * will need it.
   */
  @FunctionalInterface
  interface SplitterProvider extends Supplier<SentenceSplitter> {
    /** Starts building the splitter, if that takes time, so that {@link #get()} waits less. */
    default void prepare() {}
  }

  /**
   * CoreNLP's splitter, built once per process (one instance per {@link #ofProcess()}, never a
   * static): on a background thread from {@link #prepare()} on, so that it is set up while the
   * inputs are read, or on the caller's thread by the first {@link #get()} if nothing prepared it.
   */
  static final class BackgroundSplitter implements SplitterProvider {
    private final FutureTask<SentenceSplitter> build = new FutureTask<>(CoreNlpSentenceSplitter::new);
    private final AtomicBoolean started = new AtomicBoolean();

    @Override
    public void prepare() {
      if (started.compareAndSet(false, true)) {
        Thread thread = new Thread(build, "corenlp-setup");
        thread.setDaemon(true);
        thread.start();
      }
    }

    @Override
    public SentenceSplitter get() {
      if (started.compareAndSet(false, true)) {
        build.run();
      }
      try {
        return build.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while CoreNLP was set up", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
      }
    }
  }
}
