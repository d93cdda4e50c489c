package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Summarizer;
import org.junit.jupiter.api.Test;

/** Facts as linked sentences: the ladder (none, one, two that say the same, two that do not), then a chain and copies. */
class LinkedSentenceFactsTest {
  private static final Summarizer SUMMARIZER = CompareFixtures.SUMMARIZER;
  private static final LinkedSentenceFacts FACTS = new LinkedSentenceFacts(0.4);

  private static CorpusFacts facts(Article... articles) {
    AnalyzedCorpus corpus = SUMMARIZER.analyze(List.of(articles));
    return FACTS.find(corpus, SUMMARIZER.ranker().rank(corpus));
  }

  @Test
  void noSentenceNoFact() {
    assertEquals(0, facts().size());
  }

  @Test
  void oneSentenceIsOneFactToldOnce() {
    CorpusFacts one = facts(Article.of("a", "The council approved the new school budget on Tuesday evening."));
    assertEquals(List.of(new CorpusFacts.Fact(List.of(0), 1)), one.facts());
    assertEquals(0, one.sharedCount());
    assertEquals(List.of(0), one.coveredBy(List.of(0)));
  }

  @Test
  void twoReportsOfTheSameThingAreOneFactToldTwice() {
    // Two reports that share one sentence and differ in the rest, so that they are not copies of each other.
    CorpusFacts two = facts(
        Article.of("a", "The city council approved the new school budget on Tuesday after a long debate.\n\n"
            + "Teachers had marched through the old market square in the rain before the vote."),
        Article.of("b", "Heavy snow closed the mountain pass to lorries for the third day running.\n\n"
            + "After a long debate the city council approved the new school budget on Tuesday."));
    assertEquals(3, two.size());
    int shared = two.factOf(0);
    assertEquals(shared, two.factOf(3), "the budget vote, told by both");
    assertEquals(2, two.facts().get(shared).reports());
    assertEquals(1, two.sharedCount());
  }

  @Test
  void sentencesAboutDifferentThingsAreDifferentFacts() {
    CorpusFacts two = facts(
        Article.of("a", "The city council approved the new school budget on Tuesday after a long debate."),
        Article.of("b", "Heavy snow closed the mountain pass to lorries for the third day running."));
    assertEquals(2, two.size());
    assertEquals(List.of(0, 1), two.coveredBy(List.of(1, 0, 1)));
  }

  @Test
  void everyFactsSentencesAreLinkedAtTheThresholdAndEverySentenceIsInOne() {
    AnalyzedCorpus corpus = CompareFixtures.floodCorpus();
    CorpusFacts facts = FACTS.find(corpus, SUMMARIZER.ranker().rank(corpus));
    assertEquals(corpus.size(), facts.facts().stream().mapToInt(f -> f.sentences().size()).sum());
    for (int s = 0; s < corpus.size(); s++) {
      for (int t = 0; t < corpus.size(); t++) {
        if (corpus.similarity(s, t) >= 0.4) {
          assertEquals(facts.factOf(s), facts.factOf(t), s + " and " + t + " say the same thing");
        }
      }
    }
    for (CorpusFacts.Fact fact : facts.facts()) {
      assertTrue(fact.reports() <= fact.sentences().size());
    }
  }

  @Test
  void aCopyIsNotASecondReport() {
    String text = "The city council approved the new school budget on Tuesday after a long debate.";
    CorpusFacts copied = facts(Article.of("a", text), Article.of("b", text));
    assertEquals(1, copied.size());
    assertEquals(1, copied.facts().get(0).reports(), "an article and its copy are one report");
  }

  @Test
  void thresholdsOutsideTheUnitIntervalAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LinkedSentenceFacts(0));
    assertThrows(IllegalArgumentException.class, () -> new LinkedSentenceFacts(1.5));
    assertTrue(FACTS.definition().contains("at least 0.40"), FACTS.definition());
  }
}
