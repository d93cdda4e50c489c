package newsbrief.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.SimpleSentenceSplitter;
import newsbrief.graph.SimilarityGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ladder every ranker climbs: empty, one, two sentences, then non-negative scores on a story. */
class BaselineRankersTest {
  static Stream<Arguments> rankers() {
    SummaryOptions defaults = SummaryOptions.defaults();
    return Stream.of(
        Arguments.of("lead", new LeadRanker()),
        Arguments.of("centroid", new CentroidRanker()),
        Arguments.of("lexrank", new LexRankRanker(0.85, 1e-9, 500)),
        Arguments.of("biased lexrank", new LexRankRanker(0.85, 1e-9, 500, new LeadPrior(defaults.ranking().leadBias()))));
  }

  private static AnalyzedCorpus analyzed(List<Article> articles) {
    return new Summarizer(new SimpleSentenceSplitter()).analyze(articles);
  }

  private static final Article OLD = new Article("old", "old", "Floods closed the main bridge over the river on Monday morning.\n"
      + "Engineers said the bridge would stay closed for a week of repairs.\n"
      + "Traffic was sent through the northern bypass instead of the town centre.\n",
      new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.of(java.time.LocalDate.of(2024, 3, 1)), Optional.empty(), Map.of()));
  private static final Article NEW = new Article("new", "new", "The main bridge over the river reopened on Friday after repairs.\n"
      + "Engineers said the floods had damaged two of its supports.\n",
      new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.of(java.time.LocalDate.of(2024, 3, 5)), Optional.empty(), Map.of()));

  @ParameterizedTest(name = "{0}")
  @MethodSource("rankers")
  void emptyCorpusGivesNoScores(String name, SentenceRanker ranker) {
    AnalyzedCorpus empty = new AnalyzedCorpus(List.of(), List.of(), List.of(), List.of(), SimilarityGraph.empty(0));
    assertArrayEquals(new double[0], ranker.rank(empty));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rankers")
  void oneSentenceGetsAPositiveScore(String name, SentenceRanker ranker) {
    AnalyzedCorpus one = analyzed(List.of(Article.of("a", "The main bridge over the river reopened on Friday.\n")));
    double[] scores = ranker.rank(one);
    assertEquals(1, scores.length);
    assertTrue(scores[0] > 0, name + ": " + scores[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rankers")
  void twoSentencesGetNonNegativeScores(String name, SentenceRanker ranker) {
    AnalyzedCorpus two = analyzed(List.of(NEW));
    double[] scores = ranker.rank(two);
    assertEquals(2, scores.length);
    assertTrue(scores[0] >= 0 && scores[1] >= 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rankers")
  void everyScoreIsFiniteAndNonNegative(String name, SentenceRanker ranker) {
    AnalyzedCorpus story = analyzed(List.of(OLD, NEW));
    for (double score : ranker.rank(story)) {
      assertTrue(score >= 0 && Double.isFinite(score), name + ": " + score);
    }
  }

  @org.junit.jupiter.api.Test
  void leadRanksTheNewestArticleFirstInTextOrder() {
    AnalyzedCorpus story = analyzed(List.of(OLD, NEW));
    double[] scores = new LeadRanker().rank(story);
    // Sentences 0-2 are the old article's, 3-4 the new one's.
    assertTrue(scores[3] > scores[4] && scores[4] > scores[0] && scores[0] > scores[1] && scores[1] > scores[2],
        java.util.Arrays.toString(scores));
  }

  @org.junit.jupiter.api.Test
  void centroidPrefersTheSentenceNearestTheWhole() {
    AnalyzedCorpus story = analyzed(List.of(OLD, NEW));
    double[] scores = new CentroidRanker().rank(story);
    // "Traffic was sent through the northern bypass..." shares nothing with the rest.
    for (int s = 0; s < scores.length; s++) {
      if (s != 2) {
        assertTrue(scores[s] > scores[2], java.util.Arrays.toString(scores));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void aLeadPriorMovesMassToOpeningSentencesAndZeroBiasIsPlainLexRank() {
    AnalyzedCorpus story = analyzed(List.of(OLD, NEW));
    double[] plain = new LexRankRanker(0.85, 1e-12, 1000).rank(story);
    double[] unbiased = new LexRankRanker(0.85, 1e-12, 1000, new LeadPrior(0)).rank(story);
    double[] biased = new LexRankRanker(0.85, 1e-12, 1000, new LeadPrior(6)).rank(story);
    assertArrayEquals(plain, unbiased, 1e-12);
    assertTrue(biased[0] > plain[0] && biased[3] > plain[3], java.util.Arrays.toString(biased));
    assertEquals(1.0, java.util.Arrays.stream(biased).sum(), 1e-9);
  }
}
