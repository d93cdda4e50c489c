package newsbrief.graph;

/**
 * How the sentence graph is built.
 *
 * @param similarityThreshold smallest cosine that makes an edge, in [0, 1)
 * @param withinArticleRepeatThreshold cosine at which a later sentence of the same article is a
 *     repeat (a page printing its story twice) and is dropped before ranking, in (0, 1]
 * @param copyThreshold cosine of two whole articles at which one is a copy or rewrite of the other
 *     ({@link ArticleGroups}), in (0, 1]
 * @param sameSourceEdgeWeight factor for edges between sentences of one article or of copies of
 *     it: they are weaker evidence of importance than independent reports, in (0, 1]
 * @param exactLimit up to this many sentences the graph is exact; above, it is pruned by the two
 *     settings that follow (see {@link SimilarityGraphBuilder}), at least 0
 * @param maxPostings pruned graph: terms held by more sentences than this find no neighbours, at least 1
 * @param maxNeighbours pruned graph: neighbours each sentence keeps, at least 1
 */
public record GraphOptions(
    double similarityThreshold,
    double withinArticleRepeatThreshold,
    double copyThreshold,
    double sameSourceEdgeWeight,
    int exactLimit,
    int maxPostings,
    int maxNeighbours) {

  public static GraphOptions defaults() {
    return new GraphOptions(0.1, 0.8, 0.6, 0.3, 20_000, 1000, 200);
  }

  public GraphOptions {
    check(similarityThreshold >= 0 && similarityThreshold < 1, "similarityThreshold must be in [0, 1)");
    check(withinArticleRepeatThreshold > 0 && withinArticleRepeatThreshold <= 1, "withinArticleRepeatThreshold must be in (0, 1]");
    check(copyThreshold > 0 && copyThreshold <= 1, "copyThreshold must be in (0, 1]");
    check(sameSourceEdgeWeight > 0 && sameSourceEdgeWeight <= 1, "sameSourceEdgeWeight must be in (0, 1]");
    check(exactLimit >= 0, "exactLimit must be at least 0");
    check(maxPostings >= 1 && maxNeighbours >= 1, "graph pruning limits must be at least 1");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The builder for a graph of {@code sentences} sentences: exact up to {@link #exactLimit()}, pruned above. */
  public SimilarityGraphBuilder builderFor(int sentences) {
    return sentences <= exactLimit
        ? new SimilarityGraphBuilder(similarityThreshold)
        : new SimilarityGraphBuilder(similarityThreshold, SimilarityGraphBuilder.UNLIMITED, maxPostings, maxNeighbours);
  }

  public GraphOptions withExactLimit(int newExactLimit) {
    return new GraphOptions(similarityThreshold, withinArticleRepeatThreshold, copyThreshold, sameSourceEdgeWeight,
        newExactLimit, maxPostings, maxNeighbours);
  }
}
