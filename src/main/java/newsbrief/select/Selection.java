package newsbrief.select;

import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;

/**
 * How sentences are chosen under the budget: one technique, with its own settings. Each makes its
 * {@link SentenceSelector}; two sentences at or above the redundancy threshold of
 * {@link SelectionOptions} say the same thing and are never both chosen.
 */
public sealed interface Selection
    permits Selection.FactCoverage, Selection.Concepts, Selection.Mmr, Selection.Submodular {
  /** The selector, with the redundancy threshold and the text tools of the pipeline it runs in. */
  SentenceSelector selector(double redundancyThreshold, Stemmer stemmer, StopWords stopWords);

  /**
   * Fact and concept coverage, {@link FactCoverageSelector}: the facts a brief covers ({@link
   * Facts}), each weighing how prominently independent reports give it and more when first
   * reported later, added to concept coverage.
   *
   * @param concepts the concept coverage the facts are added to
   * @param factWeight weight of the facts a sentence adds (scaled to a maximum of 1 for one
   *     sentence) against the concepts it adds (scaled likewise), at least 0; 0 is concept
   *     coverage alone (but one sentence per fact)
   * @param recencyWeight how much more a fact first reported on the corpus's latest date weighs
   *     than one first reported on its earliest: {@code 1 + recencyWeight * recency}, at least 0
   */
  record FactCoverage(Concepts concepts, double factWeight, double recencyWeight) implements Selection {
    public static FactCoverage defaults() {
      return new FactCoverage(Concepts.defaults(), 0.3, 1.0);
    }

    public FactCoverage {
      if (concepts == null || !(factWeight >= 0) || !(recencyWeight >= 0)) {
        throw new IllegalArgumentException("fact selection settings out of range");
      }
    }

    @Override
    public SentenceSelector selector(double redundancyThreshold, Stemmer stemmer, StopWords stopWords) {
      return new FactCoverageSelector(this, redundancyThreshold, stemmer, stopWords);
    }

    public FactCoverage withConcepts(Concepts value) {
      return new FactCoverage(value, factWeight, recencyWeight);
    }

    public FactCoverage withFactWeight(double value) {
      return new FactCoverage(concepts, value, recencyWeight);
    }

    public FactCoverage withRecencyWeight(double value) {
      return new FactCoverage(concepts, factWeight, value);
    }
  }

  /**
   * Concept coverage (Gillick and Favre 2009), {@link ConceptCoverageSelector}.
   *
   * @param minArticleShare a word bigram is a concept when at least this share of the reports (and
   *     two at least) use it, in [0, 1]
   * @param rankWeight weight of the ranker's score (scaled to a maximum of 1) against the concepts
   *     a sentence adds (scaled likewise), at least 0
   * @param costExponent gain is divided by length^this when choosing greedily, at least 0
   */
  record Concepts(double minArticleShare, double rankWeight, double costExponent) implements Selection {
    public static Concepts defaults() {
      return new Concepts(0.4, 0.25, 0.5);
    }

    public Concepts {
      if (!(minArticleShare >= 0 && minArticleShare <= 1) || !(rankWeight >= 0) || !(costExponent >= 0)) {
        throw new IllegalArgumentException("concept selection settings out of range");
      }
    }

    @Override
    public SentenceSelector selector(double redundancyThreshold, Stemmer stemmer, StopWords stopWords) {
      return new ConceptCoverageSelector(minArticleShare, rankWeight, costExponent, redundancyThreshold, stemmer, stopWords);
    }

    public Concepts withMinArticleShare(double value) {
      return new Concepts(value, rankWeight, costExponent);
    }

    public Concepts withRankWeight(double value) {
      return new Concepts(minArticleShare, value, costExponent);
    }

    public Concepts withCostExponent(double value) {
      return new Concepts(minArticleShare, rankWeight, value);
    }
  }

  /**
   * Maximal marginal relevance (Carbonell and Goldstein 1998), {@link MmrSelector}.
   *
   * @param lambda weight of relevance against novelty, in (0, 1]
   */
  record Mmr(double lambda) implements Selection {
    public static Mmr defaults() {
      return new Mmr(0.7);
    }

    public Mmr {
      if (!(lambda > 0 && lambda <= 1)) {
        throw new IllegalArgumentException("MMR lambda must be in (0, 1], got " + lambda);
      }
    }

    @Override
    public SentenceSelector selector(double redundancyThreshold, Stemmer stemmer, StopWords stopWords) {
      return new MmrSelector(lambda, redundancyThreshold);
    }
  }

  /**
   * Budgeted submodular coverage plus diversity (Lin and Bilmes 2011), {@link SubmodularSelector}.
   *
   * @param coverageSaturation alpha: the share of a sentence's total similarity at which it counts
   *     as covered, in (0, 1]
   * @param diversityWeight lambda, weight of the diversity reward, at least 0
   * @param costExponent r: gain is divided by length^r when choosing greedily, at least 0
   * @param clusterThreshold cosine at which a sentence joins a diversity cluster, in (0, 1]
   */
  record Submodular(double coverageSaturation, double diversityWeight, double costExponent, double clusterThreshold)
      implements Selection {
    public static Submodular defaults() {
      return new Submodular(0.25, 1.0, 0.3, 0.3);
    }

    public Submodular {
      if (!(coverageSaturation > 0 && coverageSaturation <= 1) || !(diversityWeight >= 0) || !(costExponent >= 0)
          || !(clusterThreshold > 0 && clusterThreshold <= 1)) {
        throw new IllegalArgumentException("submodular selection settings out of range");
      }
    }

    @Override
    public SentenceSelector selector(double redundancyThreshold, Stemmer stemmer, StopWords stopWords) {
      return new SubmodularSelector(coverageSaturation, diversityWeight, costExponent, clusterThreshold, redundancyThreshold);
    }
  }
}
