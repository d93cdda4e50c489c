package newsbrief.story;

import newsbrief.select.Budget;

/**
 * Every tuning value of a brief of many stories, with defaults chosen on two development sets, and
 * checked when built: each basil-dev year (30 articles, 10 events of one year's politics, three
 * outlets each; B-cubed F1 1.0, 1.0, 1.0, 0.947, 0.947 for 2010 to 2014, 0.980 pooled) and the DUC
 * 2003 development set pooled into one day (30 stories, 298 articles; F1 0.911). The thresholds sit
 * inside a plateau where all of these stay at or above 0.90 ({@code establishedMergeThreshold} 0.125
 * to 0.15, {@code mergeThreshold} 0.05 to 0.06, {@code timeScaleDays} 120 to 270). The summarizer's
 * own values stay in {@link newsbrief.SummaryOptions}.
 *
 * @param mergeThreshold average similarity at which a story absorbs another that has fewer than
 *     {@code establishedStorySize} articles, in (0, 1]
 * @param establishedStorySize articles from which a story counts as established, at least 2: three
 *     reports are a story an editor would give its own section, and two such stories that share
 *     only their beat's words (the same senators, the same bill) are two events
 * @param establishedMergeThreshold average similarity at which two established stories join, in
 *     [mergeThreshold, 1]: related but separate events (an indictment and the bombing it is about)
 *     are close, and only stronger evidence should make them one
 * @param linkThreshold a story absorbs a smaller one only when some article of one and some article
 *     of the other share at least this much content (their similarity before the time factor),
 *     in [mergeThreshold, 1]: an average over several articles that are each only loosely alike
 *     (the same beat, the same week) is not evidence of one event, while every article of a
 *     development-set story has a report of its event at least this close (BASIL: all; DUC
 *     2003: about 95%)
 * @param similarityFloor article similarities below it count as 0, in [0, mergeThreshold]
 * @param signatureTerms how many of an article's heaviest TF-IDF terms represent it when grouping,
 *     at least 1
 * @param commonTermArticles a term in more article signatures than this is too common to tell
 *     stories apart and is not indexed, which bounds the grouping work per term; at least 2
 * @param timeScaleDays similarity of two dated articles is scaled by
 *     {@code exp(-days apart / timeScaleDays)}: news of one event comes in bursts; above 0
 * @param minimumSectionWords smallest share of a word budget a story's section gets, at least 1
 * @param minimumSectionSentences smallest share of a sentence budget a story's section gets, at least 1
 * @param maxSections most stories that get a section of their own, at least 1
 * @param headlineWords length beyond which a headline made from a sentence is cut, at least 4
 * @param maxAlsoReported most stories listed in one line each under "Also reported", at least 0
 */
public record StoryOptions(
    double mergeThreshold,
    int establishedStorySize,
    double establishedMergeThreshold,
    double linkThreshold,
    double similarityFloor,
    int signatureTerms,
    int commonTermArticles,
    double timeScaleDays,
    int minimumSectionWords,
    int minimumSectionSentences,
    int maxSections,
    int headlineWords,
    int maxAlsoReported) {

  public static StoryOptions defaults() {
    return new StoryOptions(0.05, 3, 0.135, 0.12, 0.04, 300, 1000, 180, 40, 2, Integer.MAX_VALUE, 12, 10);
  }

  public StoryOptions {
    check(mergeThreshold > 0 && mergeThreshold <= 1, "mergeThreshold must be in (0, 1]");
    check(establishedStorySize >= 2, "establishedStorySize must be at least 2");
    check(establishedMergeThreshold >= mergeThreshold && establishedMergeThreshold <= 1,
        "establishedMergeThreshold must be in [mergeThreshold, 1]");
    check(linkThreshold >= mergeThreshold && linkThreshold <= 1, "linkThreshold must be in [mergeThreshold, 1]");
    check(similarityFloor >= 0 && similarityFloor <= mergeThreshold, "similarityFloor must be in [0, mergeThreshold]");
    check(signatureTerms >= 1, "signatureTerms must be at least 1");
    check(commonTermArticles >= 2, "commonTermArticles must be at least 2");
    check(timeScaleDays > 0, "timeScaleDays must be above 0");
    check(minimumSectionWords >= 1, "minimumSectionWords must be at least 1");
    check(minimumSectionSentences >= 1, "minimumSectionSentences must be at least 1");
    check(maxSections >= 1, "maxSections must be at least 1");
    check(headlineWords >= Headline.FEWEST_WORDS, "headlineWords must be at least " + Headline.FEWEST_WORDS);
    check(maxAlsoReported >= 0, "maxAlsoReported must be at least 0");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The smallest share of {@code budget} one section gets, in the budget's unit. */
  public int minimumSection(Budget budget) {
    return budget.unit() == Budget.Unit.WORDS ? minimumSectionWords : minimumSectionSentences;
  }

  public StoryOptions withMaxSections(int newMaxSections) {
    return new StoryOptions(mergeThreshold, establishedStorySize, establishedMergeThreshold, linkThreshold, similarityFloor,
        signatureTerms, commonTermArticles, timeScaleDays, minimumSectionWords, minimumSectionSentences,
        newMaxSections, headlineWords, maxAlsoReported);
  }
}
