package newsbrief.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import newsbrief.StageTimings.Listener;
import newsbrief.StageTimings.Stage;

/**
 * A progress bar on standard error through the stages of the pipeline, for inputs large enough to
 * take a while (me.tongfei:progressbar, drawn through the command's error writer). Each stage
 * advances the bar by its rough share of the work, splitting into sentences the largest; the bar
 * names the stage running. Close it before printing anything else on standard error.
 */
final class ProgressDisplay implements Listener, AutoCloseable {
  /** Rough shares of the work, in percent (splitting into sentences takes most): the bar is a guide, not a clock. */
  private static final Map<Stage, Integer> SHARE = Map.of(
      Stage.CLEAN, 5, Stage.ANNOTATE, 55, Stage.WEIGH, 10, Stage.GRAPH, 15, Stage.RANK, 5, Stage.SELECT, 10);

  private final PrintWriter err;
  private final ProgressBar bar;

  /**
   * @param err where to draw
   * @param width columns the bar may take
   * @param articles how many articles are summarized, shown in the task name
   */
  ProgressDisplay(PrintWriter err, int width, int articles) {
    this.err = err;
    bar = new ProgressBarBuilder()
        .setTaskName(String.format(Locale.ROOT, "%,d articles", articles))
        .setInitialMax(100)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .hideEta()
        .setConsumer(new WriterConsumer(err, width - 1))
        .build();
  }

  @Override
  public void started(Stage stage) {
    bar.setExtraMessage(stage.name().toLowerCase(Locale.ROOT));
  }

  @Override
  public void finished(Stage stage) {
    bar.stepBy(SHARE.getOrDefault(stage, 0));
  }

  @Override
  public void close() {
    bar.stepTo(100);
    bar.setExtraMessage("done");
    bar.close();
    synchronized (err) {
      err.println();
      err.flush();
    }
  }

  /**
   * Redraws the bar on one line of a writer: carriage return, the bar. The display ends the line
   * itself when it closes, since the library does not close a consumer whose bar closes before
   * its first scheduled redraw.
   */
  static final class WriterConsumer implements ProgressBarConsumer {
    private final PrintWriter err;
    private final int width;

    WriterConsumer(PrintWriter err, int width) {
      this.err = err;
      this.width = width;
    }

    @Override
    public int getMaxRenderedLength() {
      return width;
    }

    @Override
    public void accept(String rendered) {
      synchronized (err) {
        err.print('\r');
        err.print(rendered);
        err.flush();
      }
    }

    @Override
    public void close() {}
  }
}
