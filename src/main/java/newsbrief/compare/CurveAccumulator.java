package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import newsbrief.select.Budget;

/** Sums the scores of clusters at each budget of a list; {@link #snapshot} gives their means. */
final class CurveAccumulator {
  private final BudgetList budgets;
  private final double[] words;
  private final double[][] sums;
  private int clusters;

  CurveAccumulator(BudgetList budgets) {
    this.budgets = budgets;
    this.words = new double[budgets.limits().size()];
    this.sums = new double[budgets.limits().size()][4];
  }

  /**
   * Adds one cluster: at each budget (in the list's order) the words of its own brief and the recall
   * of its own and of its nested brief.
   */
  void add(int[] ownWords, List<Recall> own, List<Recall> nested) {
    for (int b = 0; b < words.length; b++) {
      words[b] += ownWords[b];
      sums[b][0] += own.get(b).rouge1();
      sums[b][1] += own.get(b).rouge2();
      sums[b][2] += nested.get(b).rouge1();
      sums[b][3] += nested.get(b).rouge2();
    }
    clusters++;
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
    for (int b = 0; b < words.length; b++) {
      double[] s = sums[b];
      points.add(new CurvePoint(list.get(b), words[b] / clusters,
          new Recall(mean(s[0]), mean(s[1])), new Recall(mean(s[2]), mean(s[3]))));
    }
    return List.copyOf(points);
  }

  /** The mean, kept within [0, 1] against rounding. */
  private double mean(double sum) {
    return Math.min(1, sum / clusters);
  }
}
