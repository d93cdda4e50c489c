package newsbrief.compare;

import java.util.Objects;
import newsbrief.select.Budget;

/**
 * Means over the clusters of a set at one budget.
 *
 * @param budget the budget
 * @param brief of the summarizer's brief at this budget (what {@code brief} writes at this length)
 * @param nested of the nested brief: the brief at the budget before, extended with the best
 *     additions that fit ({@link NestedSelection})
 */
public record CurvePoint(Budget budget, CurveMeasures brief, CurveMeasures nested) {
  public CurvePoint {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(brief, "brief");
    Objects.requireNonNull(nested, "nested");
  }
}
