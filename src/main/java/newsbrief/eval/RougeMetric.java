package newsbrief.eval;

import newsbrief.eval.rouge.RougeResult;
import newsbrief.eval.rouge.RougeScore;

/** The ROUGE scores an evaluation reports, by the names papers give them. */
public enum RougeMetric {
  ROUGE_1("R-1"), ROUGE_2("R-2"), ROUGE_SU4("SU4");

  private final String label;

  RougeMetric(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public RougeScore of(RougeResult result) {
    return switch (this) {
      case ROUGE_1 -> result.rouge1();
      case ROUGE_2 -> result.rouge2();
      case ROUGE_SU4 -> result.rougeSu();
    };
  }
}
