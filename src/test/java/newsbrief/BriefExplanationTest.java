package newsbrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import newsbrief.annotate.SimpleSentenceSplitter;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

/** Why each line of a brief was chosen, as {@link Summarizer#assemble} records it. */
class BriefExplanationTest {
  private static final Summarizer SUMMARIZER = new Summarizer(new SimpleSentenceSplitter());
  private static final Budget BUDGET = Budget.sentences(2);
  private static final List<Article> ARTICLES = List.of(
      Article.of("a", "The central bank raised interest rates by half a point on Tuesday. "
          + "Storms flooded the coastal town of Marden on Friday."),
      Article.of("b", "On Tuesday the central bank raised interest rates by half a point. "
          + "Shares fell sharply after the announcement."),
      Article.of("c", "Analysts expect the central bank to raise interest rates again in March."));

  @Test
  void oneSentenceHasNothingToKeepOut() {
    Brief brief = SUMMARIZER.summarize(List.of(Article.of("a", "The central bank raised interest rates by half a point.")), BUDGET);
    BriefLine line = brief.lines().get(0);
    assertEquals(1, line.centralityRank());
    assertEquals(List.of(), line.nearDuplicates());
    assertEquals(List.of(), line.alsoIn());
  }

  @Test
  void nearDuplicatesAreTheSentencesAtTheRedundancyThresholdAndGiveAlsoIn() {
    AnalyzedCorpus corpus = SUMMARIZER.analyze(ARTICLES);
    Brief brief = SUMMARIZER.summarize(corpus, BUDGET);
    double threshold = SUMMARIZER.options().selection().redundancyThreshold();
    for (BriefLine line : brief.lines()) {
      int s = corpus.sentences().indexOf(line.sentence());
      double[] similarity = corpus.similaritiesTo(s);
      long expected = Arrays.stream(similarity).filter(c -> c >= threshold).count() - 1;
      assertEquals(expected, line.nearDuplicates().size(), line.toString());
      for (int i = 0; i < line.nearDuplicates().size(); i++) {
        NearDuplicate duplicate = line.nearDuplicates().get(i);
        assertTrue(duplicate.similarity() >= threshold);
        assertEquals(brief.sources().indexOf(ARTICLES.get(duplicate.sentence().article())), duplicate.source());
        if (i > 0) {
          assertTrue(duplicate.similarity() <= line.nearDuplicates().get(i - 1).similarity(), "most similar first");
        }
      }
      List<Integer> alsoIn = line.nearDuplicates().stream().map(NearDuplicate::source)
          .filter(source -> source != line.source()).distinct().sorted().toList();
      assertEquals(alsoIn, line.alsoIn());
    }
    assertTrue(brief.lines().stream().anyMatch(l -> !l.alsoIn().isEmpty()), "the rate rise is told twice");
  }

  @Test
  void centralityRankOrdersTheScoresAndChoiceRanksAreAPermutation() {
    AnalyzedCorpus corpus = SUMMARIZER.analyze(ARTICLES);
    double[] scores = SUMMARIZER.ranker().rank(corpus);
    Brief brief = SUMMARIZER.summarize(corpus, BUDGET);
    for (BriefLine line : brief.lines()) {
      long above = Arrays.stream(scores).filter(x -> x > line.score()).count();
      assertEquals(above + 1, line.centralityRank());
      assertTrue(line.centralityRank() <= brief.candidateSentences());
    }
    assertEquals(List.of(0, 1), brief.lines().stream().map(BriefLine::choiceRank).sorted().toList());
  }
}
