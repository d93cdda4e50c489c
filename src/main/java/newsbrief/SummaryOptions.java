package newsbrief;

import newsbrief.select.Budget;

/**
 * Every tuning value of the summarizer, with the defaults chosen on the DUC 2003 development set
 * and checked when built. Change one with the {@code with...} methods.
 *
 * @param budget how long the brief may be
 * @param minSentenceWords shortest sentence worth quoting, in words
 * @param similarityThreshold smallest cosine that makes an edge of the sentence graph, in [0, 1)
 * @param damping LexRank's probability of following an edge rather than jumping, in [0, 1)
 * @param convergenceTolerance L1 change at which power iteration stops
 * @param maxIterations cap on power iterations
 * @param selection how sentences are chosen under the budget
 * @param redundancyThreshold cosine at which two sentences say the same thing: they are never both
 *     chosen, and the other's article is cited as corroboration
 * @param mmrLambda MMR's weight of relevance against novelty, in (0, 1]
 * @param coverageSaturation Lin and Bilmes' alpha: the share of a sentence's total similarity at
 *     which it counts as covered, in (0, 1]
 * @param diversityWeight Lin and Bilmes' lambda, weight of the diversity reward
 * @param costExponent Lin and Bilmes' r: gain is divided by length^r when choosing greedily
 * @param clusterThreshold cosine at which a sentence joins a diversity cluster
 * @param withinArticleRepeatThreshold cosine at which a later sentence of the same article is a
 *     repeat (a page printing its story twice) and is dropped before ranking
 * @param copyThreshold cosine of two whole articles at which one is a copy or rewrite of the other
 * @param sameSourceEdgeWeight factor for graph edges between sentences of one article or of copies
 *     of it: they are weaker evidence of importance than independent reports, in (0, 1]
 * @param exactGraphLimit up to this many sentences the graph is exact; above, it is pruned by the
 *     three settings that follow (see {@code SimilarityGraphBuilder})
 * @param candidateTerms pruned graph: how many of a sentence's heaviest terms find its neighbours
 * @param maxPostings pruned graph: terms held by more sentences than this find no neighbours
 * @param maxNeighbours pruned graph: neighbours each sentence keeps
 * @param newestLeadWindow the best-ranked of the newest article's first this-many sentences is
 *     always chosen, so the latest development is in the brief; 0 turns this off. The newest
 *     article is the newest dated one (the last in reading order when none is dated): an undated
 *     article may be of any day
 * @param maxSentenceWords longest sentence worth quoting, in words: longer ones are run-ons or lists
 * @param maxQuotedShare sentences with a larger share of their words inside quotation marks are
 *     dropped (a quotation is colour, not news); 1 keeps them all, in [0, 1]
 * @param stemming how index terms are stemmed
 * @param bigramTerms whether pairs of adjacent terms are terms too (phrases such as a name)
 * @param leadBias biased LexRank: a sentence at position p of its article gets
 *     {@code 1 + leadBias / (1 + p)} times the uniform jump probability (0 is plain LexRank)
 * @param conceptMinArticleShare concept selection: a word bigram is a concept when at least this
 *     share of the articles (and two at least) use it, in [0, 1]
 * @param conceptRankWeight concept selection: weight of the ranker's score (scaled to a maximum of
 *     1) against the concepts a sentence adds (scaled likewise)
 * @param conceptCostExponent concept selection: gain is divided by length^this when choosing
 *     greedily (Lin and Bilmes' r for the concept objective)
 */
public record SummaryOptions(
    Budget budget,
    int minSentenceWords,
    double similarityThreshold,
    double damping,
    double convergenceTolerance,
    int maxIterations,
    Selection selection,
    double redundancyThreshold,
    double mmrLambda,
    double coverageSaturation,
    double diversityWeight,
    double costExponent,
    double clusterThreshold,
    double withinArticleRepeatThreshold,
    double copyThreshold,
    double sameSourceEdgeWeight,
    int exactGraphLimit,
    int candidateTerms,
    int maxPostings,
    int maxNeighbours,
    int newestLeadWindow,
    int maxSentenceWords,
    double maxQuotedShare,
    Stemming stemming,
    boolean bigramTerms,
    double leadBias,
    double conceptMinArticleShare,
    double conceptRankWeight,
    double conceptCostExponent) {

  /** How sentences are chosen under the budget (FACTS: facts and concepts, with {@code FactSelection}'s settings). */
  public enum Selection { MMR, SUBMODULAR, CONCEPTS, FACTS }

  /**
   * How index terms are stemmed: Porter's algorithm as Snowball implements it, or the variant the
   * official ROUGE scorer runs (with WordNet's exception list), so terms are what ROUGE counts.
   */
  public enum Stemming { PORTER, ROUGE }

  public static final int DEFAULT_WORDS = 200;

  public static SummaryOptions defaults() {
    return new SummaryOptions(Budget.words(DEFAULT_WORDS), 6, 0.1, 0.85, 1e-9, 500,
        Selection.FACTS, 0.4, 0.7, 0.25, 1.0, 0.3, 0.3, 0.8, 0.6, 0.3,
        20_000, Integer.MAX_VALUE, 1000, 200, 3,
        1000, 1.0, Stemming.PORTER, false, 6.0, 0.4, 0.25, 0.5);
  }

  public SummaryOptions {
    if (budget == null || selection == null) {
      throw new IllegalArgumentException("budget and selection are required");
    }
    check(minSentenceWords >= 1, "minSentenceWords must be at least 1");
    check(similarityThreshold >= 0 && similarityThreshold < 1, "similarityThreshold must be in [0, 1)");
    check(damping >= 0 && damping < 1, "damping must be in [0, 1)");
    check(convergenceTolerance > 0, "convergenceTolerance must be above 0");
    check(maxIterations >= 1, "maxIterations must be at least 1");
    check(redundancyThreshold > 0 && redundancyThreshold <= 1, "redundancyThreshold must be in (0, 1]");
    check(mmrLambda > 0 && mmrLambda <= 1, "mmrLambda must be in (0, 1]");
    check(coverageSaturation > 0 && coverageSaturation <= 1, "coverageSaturation must be in (0, 1]");
    check(diversityWeight >= 0, "diversityWeight must be at least 0");
    check(costExponent >= 0, "costExponent must be at least 0");
    check(clusterThreshold > 0 && clusterThreshold <= 1, "clusterThreshold must be in (0, 1]");
    check(withinArticleRepeatThreshold > 0 && withinArticleRepeatThreshold <= 1, "withinArticleRepeatThreshold must be in (0, 1]");
    check(copyThreshold > 0 && copyThreshold <= 1, "copyThreshold must be in (0, 1]");
    check(sameSourceEdgeWeight > 0 && sameSourceEdgeWeight <= 1, "sameSourceEdgeWeight must be in (0, 1]");
    check(exactGraphLimit >= 0, "exactGraphLimit must be at least 0");
    check(newestLeadWindow >= 0, "newestLeadWindow must be at least 0");
    check(maxSentenceWords >= minSentenceWords, "maxSentenceWords must be at least minSentenceWords");
    check(maxQuotedShare >= 0 && maxQuotedShare <= 1, "maxQuotedShare must be in [0, 1]");
    check(stemming != null, "stemming is required");
    check(leadBias >= 0, "leadBias must be at least 0");
    check(conceptMinArticleShare >= 0 && conceptMinArticleShare <= 1, "conceptMinArticleShare must be in [0, 1]");
    check(conceptRankWeight >= 0, "conceptRankWeight must be at least 0");
    check(conceptCostExponent >= 0, "conceptCostExponent must be at least 0");
    check(candidateTerms >= 1 && maxPostings >= 1 && maxNeighbours >= 1, "graph pruning limits must be at least 1");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public SummaryOptions withBudget(Budget newBudget) {
    return toBuilder().budget(newBudget).build();
  }

  public SummaryOptions withSelection(Selection newSelection) {
    return toBuilder().selection(newSelection).build();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes some settings of an options record; {@link #build()} checks them all. */
  public static final class Builder {
    private Budget budget;
    private int minSentenceWords;
    private double similarityThreshold;
    private double damping;
    private double convergenceTolerance;
    private int maxIterations;
    private Selection selection;
    private double redundancyThreshold;
    private double mmrLambda;
    private double coverageSaturation;
    private double diversityWeight;
    private double costExponent;
    private double clusterThreshold;
    private double withinArticleRepeatThreshold;
    private double copyThreshold;
    private double sameSourceEdgeWeight;
    private int exactGraphLimit;
    private int candidateTerms;
    private int maxPostings;
    private int maxNeighbours;
    private int newestLeadWindow;
    private int maxSentenceWords;
    private double maxQuotedShare;
    private Stemming stemming;
    private boolean bigramTerms;
    private double leadBias;
    private double conceptMinArticleShare;
    private double conceptRankWeight;
    private double conceptCostExponent;

    private Builder(SummaryOptions o) {
      budget = o.budget;
      minSentenceWords = o.minSentenceWords;
      similarityThreshold = o.similarityThreshold;
      damping = o.damping;
      convergenceTolerance = o.convergenceTolerance;
      maxIterations = o.maxIterations;
      selection = o.selection;
      redundancyThreshold = o.redundancyThreshold;
      mmrLambda = o.mmrLambda;
      coverageSaturation = o.coverageSaturation;
      diversityWeight = o.diversityWeight;
      costExponent = o.costExponent;
      clusterThreshold = o.clusterThreshold;
      withinArticleRepeatThreshold = o.withinArticleRepeatThreshold;
      copyThreshold = o.copyThreshold;
      sameSourceEdgeWeight = o.sameSourceEdgeWeight;
      exactGraphLimit = o.exactGraphLimit;
      candidateTerms = o.candidateTerms;
      maxPostings = o.maxPostings;
      maxNeighbours = o.maxNeighbours;
      newestLeadWindow = o.newestLeadWindow;
      maxSentenceWords = o.maxSentenceWords;
      maxQuotedShare = o.maxQuotedShare;
      stemming = o.stemming;
      bigramTerms = o.bigramTerms;
      leadBias = o.leadBias;
      conceptMinArticleShare = o.conceptMinArticleShare;
      conceptRankWeight = o.conceptRankWeight;
      conceptCostExponent = o.conceptCostExponent;
    }

    public Builder budget(Budget value) {
      budget = value;
      return this;
    }

    public Builder minSentenceWords(int value) {
      minSentenceWords = value;
      return this;
    }

    public Builder similarityThreshold(double value) {
      similarityThreshold = value;
      return this;
    }

    public Builder damping(double value) {
      damping = value;
      return this;
    }

    public Builder convergenceTolerance(double value) {
      convergenceTolerance = value;
      return this;
    }

    public Builder maxIterations(int value) {
      maxIterations = value;
      return this;
    }

    public Builder selection(Selection value) {
      selection = value;
      return this;
    }

    public Builder redundancyThreshold(double value) {
      redundancyThreshold = value;
      return this;
    }

    public Builder mmrLambda(double value) {
      mmrLambda = value;
      return this;
    }

    public Builder coverageSaturation(double value) {
      coverageSaturation = value;
      return this;
    }

    public Builder diversityWeight(double value) {
      diversityWeight = value;
      return this;
    }

    public Builder costExponent(double value) {
      costExponent = value;
      return this;
    }

    public Builder clusterThreshold(double value) {
      clusterThreshold = value;
      return this;
    }

    public Builder withinArticleRepeatThreshold(double value) {
      withinArticleRepeatThreshold = value;
      return this;
    }

    public Builder copyThreshold(double value) {
      copyThreshold = value;
      return this;
    }

    public Builder sameSourceEdgeWeight(double value) {
      sameSourceEdgeWeight = value;
      return this;
    }

    public Builder exactGraphLimit(int value) {
      exactGraphLimit = value;
      return this;
    }

    public Builder candidateTerms(int value) {
      candidateTerms = value;
      return this;
    }

    public Builder maxPostings(int value) {
      maxPostings = value;
      return this;
    }

    public Builder maxNeighbours(int value) {
      maxNeighbours = value;
      return this;
    }

    public Builder newestLeadWindow(int value) {
      newestLeadWindow = value;
      return this;
    }

    public Builder maxSentenceWords(int value) {
      maxSentenceWords = value;
      return this;
    }

    public Builder maxQuotedShare(double value) {
      maxQuotedShare = value;
      return this;
    }

    public Builder stemming(Stemming value) {
      stemming = value;
      return this;
    }

    public Builder bigramTerms(boolean value) {
      bigramTerms = value;
      return this;
    }

    public Builder leadBias(double value) {
      leadBias = value;
      return this;
    }

    public Builder conceptMinArticleShare(double value) {
      conceptMinArticleShare = value;
      return this;
    }

    public Builder conceptRankWeight(double value) {
      conceptRankWeight = value;
      return this;
    }

    public Builder conceptCostExponent(double value) {
      conceptCostExponent = value;
      return this;
    }

    public SummaryOptions build() {
      return new SummaryOptions(budget, minSentenceWords, similarityThreshold, damping, convergenceTolerance, maxIterations, selection, redundancyThreshold, mmrLambda, coverageSaturation, diversityWeight, costExponent, clusterThreshold, withinArticleRepeatThreshold, copyThreshold, sameSourceEdgeWeight, exactGraphLimit, candidateTerms, maxPostings, maxNeighbours, newestLeadWindow,
          maxSentenceWords, maxQuotedShare, stemming, bigramTerms, leadBias, conceptMinArticleShare, conceptRankWeight,
          conceptCostExponent);
    }
  }
}
