package newsbrief;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Accumulates the wall time spent in each stage of the pipeline, for benchmarks. Pass one to
 * {@link Summarizer#summarize(java.util.List, StageTimings)}; read it with {@link #snapshot()}.
 * Safe to share between threads.
 */
public final class StageTimings {
  /** The stages of the pipeline, in order. */
  public enum Stage { READ, CLEAN, ANNOTATE, WEIGH, GRAPH, RANK, SELECT, RENDER }

  /** A timer that records nothing, for callers that do not measure. */
  public static final StageTimings NONE = new StageTimings(false);

  private final boolean enabled;
  private final long[] nanos = new long[Stage.values().length];

  private StageTimings(boolean enabled) {
    this.enabled = enabled;
  }

  public StageTimings() {
    this(true);
  }

  public <T> T time(Stage stage, Supplier<T> work) {
    if (!enabled) {
      return work.get();
    }
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(stage, System.nanoTime() - start);
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
