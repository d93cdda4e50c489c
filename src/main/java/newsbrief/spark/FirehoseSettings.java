package newsbrief.spark;

import java.io.Serializable;
import newsbrief.select.Budget;
import newsbrief.select.Length;

/**
 * How a firehose is briefed; each executor gets a copy. The values are not tuned for a data set:
 * they bound the work (bins, signatures, common terms) and say how strong a candidate must be.
 *
 * @param length each story's brief: words or sentences, or a share of the story's words
 * @param binArticles most articles a bin holds (the unit the library groups), at least 2: large
 *     enough that a bin's term statistics resemble a day's, small enough for one task
 * @param contextArticles articles drawn evenly from the whole input that every bin is grouped with
 *     (their own stories are not kept), at least 0: a bin of one story would otherwise weigh that
 *     story's words as common ones
 * @param signatureTerms how many of an article's heaviest terms are indexed for candidates, at least 1
 * @param maxTermArticles a term held by more articles than this names no candidates, at least 2:
 *     it bounds the pairs one term makes
 * @param linkThreshold how much two articles' signatures must share (their dot product, a lower
 *     bound of the part of the cosine they make) to be candidates, in (0, 1]
 * @param partitions tasks for the per-bin stage, 0 for one per bin up to Spark's default parallelism times 4
 */
public record FirehoseSettings(StoryLength length, int binArticles, int contextArticles, int signatureTerms,
    int maxTermArticles, double linkThreshold, int partitions) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Each story as long as a one-story brief ({@link Length#DEFAULT}); bins of 2,000 with 500 context articles. */
  public static FirehoseSettings defaults() {
    return new FirehoseSettings(StoryLength.of(Length.DEFAULT), 2000, 500, 30, 1000, 0.03, 0);
  }

  public FirehoseSettings {
    if (length == null) {
      throw new IllegalArgumentException("a length is needed");
    }
    check(binArticles >= 2, "binArticles must be at least 2");
    check(contextArticles >= 0, "contextArticles must be at least 0");
    check(signatureTerms >= 1, "signatureTerms must be at least 1");
    check(maxTermArticles >= 2, "maxTermArticles must be at least 2");
    check(linkThreshold > 0 && linkThreshold <= 1, "linkThreshold must be in (0, 1]");
    check(partitions >= 0, "partitions must be at least 0");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public FirehoseSettings withLength(Length value) {
    return new FirehoseSettings(StoryLength.of(value), binArticles, contextArticles, signatureTerms, maxTermArticles,
        linkThreshold, partitions);
  }

  public FirehoseSettings withBins(int articles, int context) {
    return new FirehoseSettings(length, articles, context, signatureTerms, maxTermArticles, linkThreshold, partitions);
  }

  public FirehoseSettings withPartitions(int value) {
    return new FirehoseSettings(length, binArticles, contextArticles, signatureTerms, maxTermArticles, linkThreshold, value);
  }

  /**
   * A {@link Length} that can travel to executors.
   *
   * @param unit words or sentences, for a fixed length
   * @param limit the fixed length, or 0 for a share
   * @param share the share of a story's words, or 0 for a fixed length
   */
  public record StoryLength(Budget.Unit unit, int limit, double share) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static StoryLength of(Length length) {
      if (length instanceof Length.Ratio ratio) {
        return new StoryLength(Budget.Unit.WORDS, 0, ratio.share());
      }
      Budget budget = ((Length.Fixed) length).budget();
      return new StoryLength(budget.unit(), budget.limit(), 0);
    }

    public Length toLength() {
      if (share > 0) {
        return Length.ratio(share);
      }
      return unit == Budget.Unit.WORDS ? Length.words(limit) : Length.sentences(limit);
    }
  }
}
