package newsbrief.vectorize;

import newsbrief.text.Stemmer;

/**
 * How sentences become index terms for TF-IDF and concepts.
 *
 * @param stemming how terms are stemmed
 * @param bigrams whether pairs of adjacent terms are terms too (phrases such as a name)
 */
public record TermOptions(Stemming stemming, boolean bigrams) {
  /**
   * Porter's algorithm as Snowball implements it, or the variant the official ROUGE scorer runs
   * (with WordNet's exception list), so that terms are what ROUGE counts.
   */
  public enum Stemming {
    PORTER(Stemmer.PORTER), ROUGE(Stemmer.ROUGE);

    private final Stemmer stemmer;

    Stemming(Stemmer stemmer) {
      this.stemmer = stemmer;
    }

    public Stemmer stemmer() {
      return stemmer;
    }
  }

  public static TermOptions defaults() {
    return new TermOptions(Stemming.PORTER, false);
  }

  public TermOptions {
    if (stemming == null) {
      throw new IllegalArgumentException("stemming is required");
    }
  }

  public TermOptions withStemming(Stemming newStemming) {
    return new TermOptions(newStemming, bigrams);
  }

  public TermOptions withBigrams(boolean newBigrams) {
    return new TermOptions(stemming, newBigrams);
  }
}
