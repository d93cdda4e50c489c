package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Summarizer;
import newsbrief.select.Facts;
import org.junit.jupiter.api.Test;

/** The comparison counts the facts the selection finds: the ladder, then the same groups as {@link Facts}. */
class StatedFactsTest {
  private static final Summarizer SUMMARIZER = CompareFixtures.SUMMARIZER;

  private static AnalyzedCorpus corpus(Article... articles) {
    return SUMMARIZER.analyze(List.of(articles));
  }

  @Test
  void noSentenceNoFact() {
    AnalyzedCorpus none = corpus();
    assertEquals(0, new StatedFacts().find(none, new double[0]).size());
  }

  @Test
  void oneSentenceIsOneFactToldOnce() {
    AnalyzedCorpus one = corpus(Article.of("a", "The council approved the new school budget on Tuesday evening."));
    CorpusFacts facts = new StatedFacts().find(one, SUMMARIZER.ranker().rank(one));
    assertEquals(List.of(new CorpusFacts.Fact(List.of(0), 1)), facts.facts());
  }

  @Test
  void twoReportsOfTheSameThingAreOneSharedFactAsTheSelectionSeesIt() {
    AnalyzedCorpus two = corpus(
        Article.of("a", "The city council approved the new school budget on Tuesday after a long debate.\n\n"
            + "Parents had packed the hall to demand smaller classes."),
        Article.of("b", "On Tuesday the city council approved the new school budget after a long debate.\n\n"
            + "The mayor promised to repair the roads before winter."));
    double[] scores = SUMMARIZER.ranker().rank(two);
    CorpusFacts facts = new StatedFacts().find(two, scores);
    Facts selection = Facts.find(two, scores);
    assertEquals(selection.size(), facts.size());
    assertEquals(1, facts.sharedCount());
    for (int s = 0; s < two.size(); s++) {
      assertEquals(selection.factOf(s), facts.factOf(s));
    }
    assertTrue(new StatedFacts().definition().contains("half"));
  }
}
