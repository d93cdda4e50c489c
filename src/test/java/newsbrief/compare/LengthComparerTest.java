package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import newsbrief.AnalyzedCorpus;
import newsbrief.Brief;
import newsbrief.Summarizer;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A comparison's invariants on a made-up story: briefs within budget, nested, growing in every
 * measure that must grow (not ROUGE-2: its bigrams run across sentences, so a sentence put between
 * two others can break one), the longest the summarizer's own, newest lead first.
 */
class LengthComparerTest {
  private static final Summarizer SUMMARIZER = CompareFixtures.SUMMARIZER;
  private final AnalyzedCorpus corpus = CompareFixtures.floodCorpus();

  private LengthComparison compare(BudgetList budgets, List<List<String>> references) {
    return new LengthComparer(SUMMARIZER).compare("story", corpus, budgets, references);
  }

  @Test
  void briefsFitTheirBudgetsNestAndGrowInEveryMeasure() {
    LengthComparison comparison = compare(BudgetList.words(20, 40, 80, 160), List.of());
    assertTrue(comparison.nested());
    assertFalse(comparison.hasReferences());
    ComparedBrief shorter = null;
    for (ComparedBrief brief : comparison.briefs()) {
      assertTrue(brief.measures().words() <= brief.budget().limit(), brief.budget().toString());
      assertEquals(brief.budget(), brief.brief().budget());
      assertEquals(Optional.empty(), brief.ofReferences());
      if (shorter != null) {
        assertTrue(brief.chosen().containsAll(shorter.chosen()));
        assertTrue(brief.measures().centralityCovered() >= shorter.measures().centralityCovered() - 1e-12);
        assertTrue(brief.measures().centralityChosen() >= shorter.measures().centralityChosen() - 1e-12);
        assertTrue(brief.ofLongest().rouge1() >= shorter.ofLongest().rouge1(), "clipped unigram hits only grow");
        assertTrue(brief.measures().articlesCited() >= shorter.measures().articlesCited());
      }
      shorter = brief;
    }
  }

  @Test
  void theLongestBriefIsTheSummarizersOwnAndKeepsAllOfItself() {
    LengthComparison comparison = compare(BudgetList.words(50, 120), List.of());
    ComparedBrief longest = comparison.longest();
    assertEquals(SUMMARIZER.summarize(corpus, Budget.words(120)).lines(), longest.brief().lines());
    assertTrue(longest.sameAsOwnChoice());
    assertEquals(new Recall(1, 1), longest.ofLongest());
    assertEquals(OptionalInt.empty(), longest.nextCost());
  }

  @Test
  void everyNonEmptyBriefStartsWithTheNewestArticlesLead() {
    LengthComparison comparison = compare(BudgetList.sentences(1, 2, 4), List.of());
    int newest = CompareFixtures.FLOOD_STORY.size() - 1;
    for (ComparedBrief brief : comparison.briefs()) {
      assertEquals(newest, corpus.sentences().get(brief.chosen().get(0)).article(), brief.budget().toString());
      assertEquals(brief.budget().limit(), brief.measures().sentences());
    }
  }

  @Test
  void aBudgetBelowTheFirstChoiceGivesAnEmptyBriefAndSaysWhy() {
    ComparedBrief tiny = compare(BudgetList.words(3, 200), List.of()).briefs().get(0);
    assertTrue(tiny.chosen().isEmpty());
    assertTrue(tiny.brief().lines().isEmpty());
    assertTrue(tiny.nextCost().getAsInt() > 3);
    assertEquals(Recall.ZERO, tiny.ofLongest());
    assertEquals(0.0, tiny.measures().centralityCovered());
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 100_000})
  void aBudgetAboveTheCorpusHoldsEverySentenceTheSummarizerTakes(int limit) {
    LengthComparison comparison = compare(BudgetList.words(limit), List.of());
    assertTrue(limit >= comparison.corpusWords());
    Brief brief = comparison.longest().brief();
    assertEquals(OptionalInt.empty(), comparison.longest().nextCost());
    assertTrue(brief.lines().size() > 0 && brief.lines().size() <= comparison.candidateSentences());
  }

  @Test
  void referencesAreScoredForEveryBrief() {
    List<List<String>> references = List.of(
        List.of("A flood forced hundreds of families from their homes in Marden when a flood wall failed."),
        List.of("Marden flooded after storms; the wall by the old mill had not been repaired."));
    LengthComparison comparison = compare(BudgetList.words(30, 60, 120), references);
    assertTrue(comparison.hasReferences());
    double before = 0;
    for (ComparedBrief brief : comparison.briefs()) {
      double recall = brief.ofReferences().orElseThrow().rouge1();
      assertTrue(recall > 0 && recall >= before, brief.budget() + ": " + recall);
      before = recall;
    }
  }
}
