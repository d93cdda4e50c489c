package newsbrief;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Accumulates the wall time spent in each stage of the pipeline, for benchmarks. Pass one to
 * {@link Summarizer#summarize(java.util.List, StageTimings)}; read it with {@link #snapshot()}.
 * Safe to share between threads.
 */
public final class StageTimings {
  /** The stages of the pipeline, in order. */
  public enum Stage { READ, CLEAN, ANNOTATE, GROUP, WEIGH, GRAPH, RANK, SELECT, RENDER }

  /** Told when each timed stage starts and ends, e.g. to show progress; called on the thread that runs the stage. */
  public interface Listener {
    void started(Stage stage);

    void finished(Stage stage);
  }

  private static final Listener SILENT = new Listener() {
    @Override
    public void started(Stage stage) {}

    @Override
    public void finished(Stage stage) {}
  };

  /** A timer that records nothing, for callers that do not measure. */
  public static final StageTimings NONE = new StageTimings(false, SILENT);

  private final boolean enabled;
  private final Listener listener;
  private final long[] nanos = new long[Stage.values().length];

  private StageTimings(boolean enabled, Listener listener) {
    this.enabled = enabled;
    this.listener = listener;
  }

  public StageTimings() {
    this(true, SILENT);
  }

  /** A timer that also tells {@code listener} when each stage starts and ends. */
  public StageTimings(Listener listener) {
    this(true, Objects.requireNonNull(listener, "listener"));
  }

  public <T> T time(Stage stage, Supplier<T> work) {
    if (!enabled) {
      return work.get();
    }
    listener.started(stage);
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(stage, System.nanoTime() - start);
      listener.finished(stage);
    }
  }

  public synchronized void add(Stage stage, long elapsedNanos) {
    if (enabled) {
      nanos[stage.ordinal()] += elapsedNanos;
    }
  }

  /** Seconds spent in each stage so far. */
  public synchronized Map<Stage, Double> snapshot() {
    Map<Stage, Double> seconds = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      seconds.put(stage, nanos[stage.ordinal()] / 1e9);
    }
    return seconds;
  }
}
