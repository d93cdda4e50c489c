package newsbrief.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against true classes (Bagga and Baldwin 1998;
 * Amigó et al. 2009). For each item i with cluster C(i) and class L(i):
 * precision(i) = |C(i) ∩ L(i)| / |C(i)| and recall(i) = |C(i) ∩ L(i)| / |L(i)|, both averaged over
 * all items; F1 is their harmonic mean. Putting everything in one cluster gives recall 1, putting
 * every item alone gives precision 1.
 *
 * @param precision mean item precision, in (0, 1]
 * @param recall mean item recall, in (0, 1]
 * @param f1 harmonic mean of the two
 * @param items how many items were scored
 */
public record BCubed(double precision, double recall, double f1, int items) {
  public BCubed {
    if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1 && f1 >= 0 && f1 <= 1) || items < 0) {
      throw new IllegalArgumentException("B-cubed scores must be in [0, 1]: " + precision + ", " + recall + ", " + f1);
    }
  }

  /**
   * Scores a clustering. Item {@code i} has true class {@code truth.get(i)} and cluster
   * {@code found.get(i)}; labels are compared with {@code equals} and need not be alike in type.
   * No items score 1 throughout (nothing is misplaced).
   *
   * @throws IllegalArgumentException when the lists differ in length or hold {@code null}
   */
  public static <T, F> BCubed score(List<T> truth, List<F> found) {
    if (truth.size() != found.size()) {
      throw new IllegalArgumentException("one true class per clustered item is needed: "
          + truth.size() + " classes for " + found.size() + " items");
    }
    int n = truth.size();
    if (n == 0) {
      return new BCubed(1, 1, 1, 0);
    }
    Map<F, Integer> clusterSize = new HashMap<>();
    Map<T, Integer> classSize = new HashMap<>();
    Map<List<Object>, Integer> overlap = new HashMap<>();
    for (int i = 0; i < n; i++) {
      T t = truth.get(i);
      F f = found.get(i);
      if (t == null || f == null) {
        throw new IllegalArgumentException("item " + i + " has no " + (t == null ? "true class" : "cluster"));
      }
      clusterSize.merge(f, 1, Integer::sum);
      classSize.merge(t, 1, Integer::sum);
      overlap.merge(List.of(t, f), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < n; i++) {
      int shared = overlap.get(List.of(truth.get(i), found.get(i)));
      precision += (double) shared / clusterSize.get(found.get(i));
      recall += (double) shared / classSize.get(truth.get(i));
    }
    precision /= n;
    recall /= n;
    return new BCubed(precision, recall, 2 * precision * recall / (precision + recall), n);
  }
}
