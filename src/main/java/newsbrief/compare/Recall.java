package newsbrief.compare;

/**
 * ROUGE-1 and ROUGE-2 recall of one text against others: the share of their unigrams and bigrams
 * (clipped, stemmed) that it holds.
 *
 * @param rouge1 ROUGE-1 recall, in [0, 1]
 * @param rouge2 ROUGE-2 recall, in [0, 1]
 */
public record Recall(double rouge1, double rouge2) {
  public static final Recall ZERO = new Recall(0, 0);

  public Recall {
    if (!(rouge1 >= 0 && rouge1 <= 1 && rouge2 >= 0 && rouge2 <= 1)) {
      throw new IllegalArgumentException("recall must be in [0, 1], got " + rouge1 + ", " + rouge2);
    }
  }
}
