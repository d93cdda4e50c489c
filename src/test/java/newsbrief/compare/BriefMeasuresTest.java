package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import newsbrief.AnalyzedCorpus;
import newsbrief.Brief;
import newsbrief.Sentence;
import newsbrief.Summarizer;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

/** The measures of a brief against the shorter one: the ladder (none, one, two sentences), then invariants. */
class BriefMeasuresTest {
  private static final Summarizer SUMMARIZER = CompareFixtures.SUMMARIZER;
  private final AnalyzedCorpus corpus = CompareFixtures.floodCorpus();
  private final double[] scores = SUMMARIZER.ranker().rank(corpus);
  private final CorpusFacts facts = new StatedFacts().find(corpus, scores);
  private final List<Integer> words = corpus.sentences().stream().map(Sentence::wordCount).toList();

  private BriefMeasures measure(List<Integer> chosen, List<Integer> shorter) {
    Brief brief = SUMMARIZER.assemble(corpus, scores, chosen, Budget.words(1000));
    return BriefMeasures.of(brief, chosen, shorter, facts, words);
  }

  @Test
  void anEmptyBriefHoldsNothingAndTakesNoTime() {
    BriefMeasures none = measure(List.of(), List.of());
    assertEquals(new BriefMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0), none);
    assertEquals(0, none.readingSeconds());
    assertEquals(OptionalDouble.empty(), none.newFactsPer100NewWords());
  }

  @Test
  void oneSentenceIsOneNewFactAndCitesItsArticle() {
    BriefMeasures one = measure(List.of(0), List.of());
    assertEquals(1, one.sentences());
    assertEquals(1, one.newSentences());
    assertEquals(words.get(0), one.words());
    assertEquals(one.words(), one.newWords());
    assertEquals(1, one.facts());
    assertEquals(1, one.newFacts());
    assertEquals(100.0 / one.words(), one.newFactsPer100NewWords().getAsDouble(), 1e-12);
    assertTrue(one.articlesCited() >= 1);
    assertEquals(one.articlesCited(), one.outletsCited(), "each made-up report has its own outlet");
  }

  @Test
  void aSecondSentenceAddsItsWordsAndItsFactToTheShorterBrief() {
    BriefMeasures two = measure(List.of(0, 5), List.of(0));
    assertEquals(2, two.sentences());
    assertEquals(1, two.newSentences());
    assertEquals(words.get(5), two.newWords());
    assertEquals(words.get(0) + words.get(5), two.words());
    int expectedNewFacts = facts.factOf(0) == facts.factOf(5) ? 0 : 1;
    assertEquals(expectedNewFacts, two.newFacts());
  }

  @Test
  void readingTimeIsAtTwoHundredFortyWordsAMinute() {
    assertEquals(60, new BriefMeasures(240, 10, 10, 240, 1, 1, 10, 10, 0).readingSeconds());
    assertEquals(13, new BriefMeasures(50, 2, 2, 50, 1, 1, 2, 2, 0).readingSeconds(), "12.5 s rounds up");
    assertEquals(100, new BriefMeasures(400, 20, 2, 30, 1, 1, 2, 2, 0).readingSeconds());
  }

  @Test
  void countsThatCannotBeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BriefMeasures(10, 1, 2, 5, 1, 1, 1, 1, 0), "more new than all");
    assertThrows(IllegalArgumentException.class, () -> new BriefMeasures(10, 1, 1, 5, 1, 1, 2, 1, 0), "facts above sentences");
    assertThrows(IllegalArgumentException.class, () -> new BriefMeasures(10, 2, 1, 5, 1, 1, 1, 1, 2), "more shared than facts");
  }

  @Test
  void everyMeasureGrowsWithTheBriefAndTheWholeCorpusCoversEveryFact() {
    BriefMeasures before = measure(List.of(), List.of());
    for (int n = 1; n <= corpus.size(); n++) {
      List<Integer> chosen = IntStream.range(0, n).boxed().toList();
      BriefMeasures measures = measure(chosen, chosen.subList(0, n - 1));
      assertEquals(1, measures.newSentences());
      assertEquals(before.facts() + measures.newFacts(), measures.facts(), n + " sentences");
      assertTrue(measures.sharedFacts() >= before.sharedFacts());
      assertTrue(measures.articlesCited() >= before.articlesCited());
      before = measures;
    }
    assertEquals(facts.size(), before.facts());
    assertEquals(facts.sharedCount(), before.sharedFacts());
    assertEquals(3, before.articlesCited());
    assertEquals(3, before.outletsCited());
  }
}
