package newsbrief.compare;

import java.util.List;
import java.util.Objects;

/**
 * ROUGE recall and facts covered against budget over a set of clusters with reference summaries.
 *
 * @param name the set as the user named it (a folder), for titles
 * @param budgets the budgets
 * @param points one per budget, in the order of {@code budgets}
 * @param clusters the clusters scored (those with references and at least one sentence)
 * @param leftOut clusters of the set that could not be scored: without references, or without a sentence
 * @param factDefinition what a fact is, for readers ({@link FactFinder#definition()})
 */
public record LengthCurve(String name, BudgetList budgets, List<CurvePoint> points, int clusters, int leftOut,
    String factDefinition) {
  public LengthCurve {
    Objects.requireNonNull(factDefinition, "factDefinition");
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
