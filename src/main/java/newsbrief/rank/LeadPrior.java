package newsbrief.rank;

import newsbrief.AnalyzedCorpus;

/**
 * News puts what matters first (the inverted pyramid), so an article's opening sentences are a
 * priori likelier to belong in a summary: the sentence at position {@code p} of its article
 * weighs {@code 1 + bias / (1 + p)}. A bias of 0 is the uniform prior.
 */
public final class LeadPrior implements SentencePrior {
  private final double bias;

  /** @param bias extra weight of an article's first sentence, at least 0 */
  public LeadPrior(double bias) {
    if (!(bias >= 0)) {
      throw new IllegalArgumentException("lead bias must be at least 0, got " + bias);
    }
    this.bias = bias;
  }

  @Override
  public double[] weights(AnalyzedCorpus corpus) {
    double[] weights = new double[corpus.size()];
    for (int s = 0; s < weights.length; s++) {
      weights[s] = 1.0 + bias / (1.0 + corpus.sentences().get(s).position());
    }
    return weights;
  }
}
