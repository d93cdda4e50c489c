package newsbrief.compare;

import java.util.List;
import java.util.OptionalInt;

/**
 * The knee of a rising, flattening curve, after Satopää et al. 2011 ("Kneedle"): with both axes
 * scaled to [0, 1] from the first point to the last, the point that lies furthest above the
 * straight line between them, where the curve turns from steep to flat. A straight or sagging
 * curve has no knee.
 */
public final class Knee {
  /** How far above the line a point must lie, in scaled units, to count as a knee. */
  static final double MIN_HEIGHT = 1e-9;

  private Knee() {}

  /**
   * The index of the knee of the points {@code (x_i, y_i)}, x ascending.
   *
   * @return empty for fewer than three points, a curve whose last y is not above its first, or one
   *     with no point above the line from its first point to its last
   */
  public static OptionalInt of(List<Double> x, List<Double> y) {
    if (x.size() != y.size()) {
      throw new IllegalArgumentException(x.size() + " x values for " + y.size() + " y values");
    }
    int last = x.size() - 1;
    if (x.size() < 3 || !(y.get(last) > y.get(0)) || !(x.get(last) > x.get(0))) {
      return OptionalInt.empty();
    }
    double xSpan = x.get(last) - x.get(0);
    double ySpan = y.get(last) - y.get(0);
    int knee = -1;
    double highest = MIN_HEIGHT;
    for (int i = 1; i < last; i++) {
      double height = (y.get(i) - y.get(0)) / ySpan - (x.get(i) - x.get(0)) / xSpan;
      if (height > highest) {
        highest = height;
        knee = i;
      }
    }
    return knee < 0 ? OptionalInt.empty() : OptionalInt.of(knee);
  }
}
