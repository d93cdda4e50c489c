package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import newsbrief.select.Budget;

/** Sums the measures of clusters at each budget of a list; {@link #snapshot} gives their means. */
final class CurveAccumulator {
  /** What one cluster's brief of one kind gives at one budget. */
  record Sample(int words, Recall recall, int facts, int sharedFacts) {}

  private final BudgetList budgets;
  /** [budget][kind: 0 brief, 1 nested][words, R-1, R-2, facts, shared facts] */
  private final double[][][] sums;
  private int clusters;

  CurveAccumulator(BudgetList budgets) {
    this.budgets = budgets;
    this.sums = new double[budgets.limits().size()][2][5];
  }

  /** Adds one cluster: at each budget (in the list's order) its brief and its nested brief. */
  void add(List<Sample> brief, List<Sample> nested) {
    for (int b = 0; b < sums.length; b++) {
      add(sums[b][0], brief.get(b));
      add(sums[b][1], nested.get(b));
    }
    clusters++;
  }

  private static void add(double[] sum, Sample sample) {
    sum[0] += sample.words();
    sum[1] += sample.recall().rouge1();
    sum[2] += sample.recall().rouge2();
    sum[3] += sample.facts();
    sum[4] += sample.sharedFacts();
  }

  int clusters() {
    return clusters;
  }

  /** The mean over the clusters added so far, one point per budget; needs at least one cluster. */
  List<CurvePoint> snapshot() {
    if (clusters == 0) {
      throw new IllegalStateException("no cluster added");
    }
    List<Budget> list = budgets.budgets();
    List<CurvePoint> points = new ArrayList<>();
    for (int b = 0; b < sums.length; b++) {
      points.add(new CurvePoint(list.get(b), means(sums[b][0]), means(sums[b][1])));
    }
    return List.copyOf(points);
  }

  private CurveMeasures means(double[] sum) {
    return new CurveMeasures(sum[0] / clusters, new Recall(share(sum[1]), share(sum[2])), sum[3] / clusters,
        Math.min(sum[4], sum[3]) / clusters);
  }

  /** The mean of a recall, kept within [0, 1] against rounding. */
  private double share(double sum) {
    return Math.min(1, sum / clusters);
  }
}
