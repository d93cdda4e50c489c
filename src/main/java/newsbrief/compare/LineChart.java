package newsbrief.compare;

import java.util.List;
import java.util.Objects;

/**
 * What a line chart shows, apart from how it is drawn: one or more panels stacked over one x axis.
 *
 * @param title the chart's title
 * @param xAxisTitle what the x axis measures, with its unit
 * @param panels the panels, top first, at least one
 * @param marks x values marked by a vertical line across every panel (the budgets)
 */
public record LineChart(String title, String xAxisTitle, List<ChartPanel> panels, List<Double> marks) {
  public LineChart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xAxisTitle, "xAxisTitle");
    panels = List.copyOf(panels);
    marks = List.copyOf(marks);
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one panel");
    }
    List<String> names = panels.stream().flatMap(p -> p.series().stream()).map(ChartSeries::name).toList();
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException("series names must differ across the chart: they share one legend");
    }
  }

  /** A chart of one panel. */
  public static LineChart of(String title, String xAxisTitle, ChartPanel panel, List<Double> marks) {
    return new LineChart(title, xAxisTitle, List.of(panel), marks);
  }

  /** Every series, panel by panel. */
  public List<ChartSeries> series() {
    return panels.stream().flatMap(p -> p.series().stream()).toList();
  }
}
