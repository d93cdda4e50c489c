package newsbrief.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a line chart shows, apart from how it is drawn.
 *
 * @param title the chart's title
 * @param xAxisTitle what the x axis measures, with its unit
 * @param yAxisTitle what the y axis measures
 * @param series the lines, at least one
 * @param marks x values marked by a vertical line across the plot (the budgets)
 * @param yMax the top of the y axis; empty to fit the data
 */
public record LineChart(String title, String xAxisTitle, String yAxisTitle, List<ChartSeries> series,
    List<Double> marks, Optional<Double> yMax) {
  public LineChart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xAxisTitle, "xAxisTitle");
    Objects.requireNonNull(yAxisTitle, "yAxisTitle");
    series = List.copyOf(series);
    marks = List.copyOf(marks);
    Objects.requireNonNull(yMax, "yMax");
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one series");
    }
    if (series.stream().map(ChartSeries::name).distinct().count() != series.size()) {
      throw new IllegalArgumentException("series names must differ");
    }
  }
}
