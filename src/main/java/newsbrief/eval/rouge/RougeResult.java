package newsbrief.eval.rouge;

import java.util.Objects;

/**
 * The four ROUGE scores usually reported for a summary, all under the same {@link RougeOptions}.
 *
 * @param rouge1 ROUGE-1: clipped unigram overlap
 * @param rouge2 ROUGE-2: clipped bigram overlap
 * @param rougeL ROUGE-L: summary-level union longest common subsequence
 * @param rougeSu ROUGE-SU with the options' skip distance and unigram setting (ROUGE-SU4 under
 *     {@link RougeOptions#standard()})
 */
public record RougeResult(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL, RougeScore rougeSu) {
  public RougeResult {
    Objects.requireNonNull(rouge1, "rouge1");
    Objects.requireNonNull(rouge2, "rouge2");
    Objects.requireNonNull(rougeL, "rougeL");
    Objects.requireNonNull(rougeSu, "rougeSu");
  }

  /** All four scores as the official scorer prints them (see {@link RougeScore#asPrinted()}). */
  public RougeResult asPrinted() {
    return new RougeResult(rouge1.asPrinted(), rouge2.asPrinted(), rougeL.asPrinted(), rougeSu.asPrinted());
  }
}
