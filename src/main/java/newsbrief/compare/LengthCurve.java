package newsbrief.compare;

import java.util.List;
import java.util.Objects;

/**
 * ROUGE recall against budget over a set of clusters with reference summaries.
 *
 * @param name the set as the user named it (a folder), for titles
 * @param budgets the budgets
 * @param points one per budget, in the order of {@code budgets}
 * @param clusters the clusters scored (those with references and at least one sentence)
 * @param leftOut clusters of the set that could not be scored: without references, or without a sentence
 */
public record LengthCurve(String name, BudgetList budgets, List<CurvePoint> points, int clusters, int leftOut) {
  public LengthCurve {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(budgets, "budgets");
    points = List.copyOf(points);
    if (points.size() != budgets.limits().size()) {
      throw new IllegalArgumentException(points.size() + " points for " + budgets.limits().size() + " budgets");
    }
    if (clusters < 1 || leftOut < 0) {
      throw new IllegalArgumentException("at least one cluster must be scored");
    }
  }
}
