package newsbrief.compare;

import java.util.Objects;
import newsbrief.select.Budget;

/**
 * Means over the clusters of a set at one budget.
 *
 * @param budget the budget
 * @param meanWords the mean length of the summarizer's briefs at this budget, in words
 * @param ownChoice mean ROUGE recall of the summarizer's brief at this budget (what {@code brief}
 *     writes at this length)
 * @param nested mean ROUGE recall of the nested brief: the longest start of the choice at the
 *     largest budget that fits this one
 */
public record CurvePoint(Budget budget, double meanWords, Recall ownChoice, Recall nested) {
  public CurvePoint {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(ownChoice, "ownChoice");
    Objects.requireNonNull(nested, "nested");
    if (!(meanWords >= 0)) {
      throw new IllegalArgumentException("mean words must be at least 0, got " + meanWords);
    }
  }
}
