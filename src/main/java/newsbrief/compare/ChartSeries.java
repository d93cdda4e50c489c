package newsbrief.compare;

import java.util.List;
import java.util.Objects;

/**
 * One line of a {@link LineChart}.
 *
 * @param name its name in the legend
 * @param x the x value of each point, ascending
 * @param y the y value of each point, finite
 * @param colour index into the chart's palette and its marker shapes: lines of one measure share both
 * @param dashed drawn dashed rather than solid (a variant of another line's measure)
 */
public record ChartSeries(String name, List<Double> x, List<Double> y, int colour, boolean dashed) {
  public ChartSeries {
    Objects.requireNonNull(name, "name");
    x = List.copyOf(x);
    y = List.copyOf(y);
    if (x.isEmpty() || x.size() != y.size()) {
      throw new IllegalArgumentException("series " + name + " needs as many y values as x values, at least one");
    }
    if (y.stream().anyMatch(v -> !Double.isFinite(v))) {
      throw new IllegalArgumentException("series " + name + " has a missing or infinite value: " + y);
    }
    if (colour < 0) {
      throw new IllegalArgumentException("colour index below 0: " + colour);
    }
  }
}
