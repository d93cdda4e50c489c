package newsbrief.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One panel of a {@link LineChart}: lines against the chart's x axis, on a y axis of their own
 * that starts at 0.
 *
 * @param yAxisTitle what the y axis measures
 * @param series the lines, at least one
 * @param yMax the top of the y axis; empty to fit the data
 * @param wholeNumbers whether the y axis counts things, so its ticks are whole numbers
 */
public record ChartPanel(String yAxisTitle, List<ChartSeries> series, Optional<Double> yMax, boolean wholeNumbers) {
  public ChartPanel {
    Objects.requireNonNull(yAxisTitle, "yAxisTitle");
    series = List.copyOf(series);
    Objects.requireNonNull(yMax, "yMax");
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a panel needs at least one series");
    }
  }
}
