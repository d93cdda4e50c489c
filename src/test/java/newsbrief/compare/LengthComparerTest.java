package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.AnalyzedCorpus;
import newsbrief.Brief;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.TestSupport;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A comparison's invariants: briefs within budget, nested, full unless the corpus has run out of
 * sentences worth taking, growing in every measure that must grow, the shortest the summarizer's
 * own, newest lead first; on a made-up story, then on the seed corpus as the command reads it.
 */
class LengthComparerTest {
  private static final Summarizer SUMMARIZER = CompareFixtures.SUMMARIZER;
  private final AnalyzedCorpus corpus = CompareFixtures.floodCorpus();

  private LengthComparison compare(BudgetList budgets, List<List<String>> references) {
    return new LengthComparer(SUMMARIZER).compare("story", corpus, budgets, references);
  }

  /** Each brief starts with the shorter one, adds what it lists as added, and is full or says why not. */
  private static void assertNestedAndFull(LengthComparison comparison) {
    assertTrue(comparison.nested());
    ComparedBrief shorter = null;
    for (ComparedBrief brief : comparison.briefs()) {
      String budget = brief.budget().toString();
      assertTrue(brief.used() <= brief.budget().limit(), budget);
      assertEquals(brief.budget(), brief.brief().budget());
      List<Integer> before = shorter == null ? List.of() : shorter.chosen();
      assertEquals(before, brief.chosen().subList(0, before.size()), budget + " starts with the shorter brief");
      assertEquals(brief.chosen().subList(before.size(), brief.chosen().size()), brief.added(), budget);
      assertEquals(brief.added().size(), brief.measures().newSentences(), budget);
      int left = brief.budget().limit() - brief.used();
      assertTrue(brief.full() || brief.shortestLeft().isEmpty() || brief.shortestLeft().getAsInt() > left,
          budget + ": uses " + brief.used() + " and a sentence of " + brief.shortestLeft() + " that says something new fits");
      if (shorter != null) {
        assertTrue(brief.measures().facts() >= shorter.measures().facts());
        assertEquals(shorter.measures().facts() + brief.measures().newFacts(), brief.measures().facts(), budget);
        assertTrue(brief.measures().sharedFacts() >= shorter.measures().sharedFacts());
        assertTrue(brief.measures().articlesCited() >= shorter.measures().articlesCited());
      }
      shorter = brief;
    }
  }

  @Test
  void briefsFitTheirBudgetsNestAndAreFull() {
    LengthComparison comparison = compare(BudgetList.words(20, 40, 80, 160), List.of());
    assertNestedAndFull(comparison);
    assertFalse(comparison.hasReferences());
    comparison.briefs().forEach(b -> assertEquals(Optional.empty(), b.ofReferences()));
  }

  @Test
  void theSeedCorpusAtTheDefaultLengthsIsNestedAndEveryLengthUsesNineTenthsOfItsBudget() {
    Summarizer summarizer = new Summarizer(TestSupport.coreNlp(), SummaryOptions.defaults());
    LengthComparison comparison = new LengthComparer(summarizer)
        .compare("corpus", summarizer.analyze(TestSupport.corpus()), BudgetList.COMPARISON_DEFAULT, List.of());
    assertNestedAndFull(comparison);
    for (ComparedBrief brief : comparison.briefs()) {
      assertTrue(brief.full(), brief.budget() + ": " + brief.used() + " words");
    }
    assertTrue(comparison.briefs().get(0).sameAsOwnChoice(), "the shortest brief is what brief writes at that length");
  }

  @Test
  void theShortestBriefIsTheSummarizersOwn() {
    LengthComparison comparison = compare(BudgetList.words(50, 120), List.of());
    ComparedBrief shortest = comparison.briefs().get(0);
    assertEquals(SUMMARIZER.summarize(corpus, Budget.words(50)).lines(), shortest.brief().lines());
    assertTrue(shortest.sameAsOwnChoice());
    assertEquals(shortest.chosen(), shortest.added());
  }

  @Test
  void newSentencesAreMarkedByTheFactsTheyAdd() {
    LengthComparison comparison = compare(BudgetList.words(30, 90, 200), List.of());
    for (int k = 0; k < comparison.briefs().size(); k++) {
      ComparedBrief brief = comparison.briefs().get(k);
      Set<Integer> before = new HashSet<>(k == 0 ? List.of() : comparison.facts().coveredBy(comparison.briefs().get(k - 1).chosen()));
      Set<Integer> expected = new HashSet<>(comparison.facts().coveredBy(brief.added()));
      expected.removeAll(before);
      assertEquals(expected, Set.copyOf(brief.newFacts()), brief.budget().toString());
      assertEquals(brief.newFacts().size(), brief.measures().newFacts());
    }
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
  void aBudgetBelowEverySentenceGivesAnEmptyBriefAndSaysWhy() {
    ComparedBrief tiny = compare(BudgetList.words(3, 200), List.of()).briefs().get(0);
    assertTrue(tiny.chosen().isEmpty());
    assertTrue(tiny.brief().lines().isEmpty());
    assertFalse(tiny.full());
    assertTrue(tiny.shortestLeft().getAsInt() > 3);
    assertEquals(0, tiny.measures().facts());
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 100_000})
  void aBudgetAboveTheCorpusHoldsEverySentenceWorthTakingAndSaysSo(int limit) {
    LengthComparison comparison = compare(BudgetList.words(limit), List.of());
    assertTrue(limit >= comparison.corpusWords());
    Brief brief = comparison.longest().brief();
    assertFalse(comparison.longest().full());
    assertEquals(Optional.empty(), comparison.longest().shortestLeft().stream().boxed().findFirst(),
        "every sentence left says the same as one chosen");
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
