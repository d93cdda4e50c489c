package newsbrief.rank;

/**
 * How sentences are ranked: continuous LexRank by power iteration, biased to article leads.
 *
 * @param damping probability of following an edge rather than jumping, in [0, 1)
 * @param convergenceTolerance L1 change at which power iteration stops, above 0
 * @param maxIterations cap on power iterations, at least 1
 * @param leadBias a jump lands on the sentence at position p of its article with weight
 *     {@code 1 + leadBias / (1 + p)} ({@link LeadPrior}); 0 is plain LexRank; at least 0
 */
public record RankOptions(double damping, double convergenceTolerance, int maxIterations, double leadBias) {
  public static RankOptions defaults() {
    return new RankOptions(0.85, 1e-9, 500, 6.0);
  }

  public RankOptions {
    if (!(damping >= 0 && damping < 1) || !(convergenceTolerance > 0) || maxIterations < 1 || !(leadBias >= 0)) {
      throw new IllegalArgumentException("ranking settings out of range: damping in [0, 1), tolerance above 0, "
          + "at least 1 iteration, lead bias at least 0");
    }
  }

  /** LexRank with these settings. */
  public LexRankRanker ranker() {
    return new LexRankRanker(damping, convergenceTolerance, maxIterations, new LeadPrior(leadBias));
  }

  public RankOptions withLeadBias(double newLeadBias) {
    return new RankOptions(damping, convergenceTolerance, maxIterations, newLeadBias);
  }
}
