package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import newsbrief.AnalyzedCorpus;
import newsbrief.Summarizer;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nested and full: made-up choices first (what may be a nested choice, what each adds), then the
 * summarizer's own on a made-up story, where every longer brief must start with the shorter one
 * and stop only when nothing worth taking fits.
 */
class NestedSelectionTest {
  private static final Summarizer SUMMARIZER = CompareFixtures.SUMMARIZER;
  private final AnalyzedCorpus corpus = CompareFixtures.floodCorpus();
  private final double[] scores = SUMMARIZER.ranker().rank(corpus);

  @Test
  void eachChoiceMustStartWithTheOneBefore() {
    NestedSelection made = new NestedSelection(BudgetList.words(10, 20, 30), List.of(List.of(), List.of(4, 1), List.of(4, 1, 7)));
    assertEquals(List.of(), made.added(0));
    assertEquals(List.of(4, 1), made.added(1));
    assertEquals(List.of(7), made.added(2));
    assertThrows(IllegalArgumentException.class,
        () -> new NestedSelection(BudgetList.words(10, 20), List.of(List.of(4, 1), List.of(1, 4, 7))), "same set, other order");
    assertThrows(IllegalArgumentException.class,
        () -> new NestedSelection(BudgetList.words(10, 20), List.of(List.of(4, 1), List.of(4))));
    assertThrows(IllegalArgumentException.class, () -> new NestedSelection(BudgetList.words(10, 20), List.of(List.of())));
  }

  @Test
  void theShortestIsTheSummarizersOwnAndEachLongerExtendsTheOneBefore() {
    BudgetList budgets = BudgetList.words(20, 40, 60, 90, 150);
    NestedSelection nested = NestedSelection.choose(SUMMARIZER, corpus, scores, budgets);
    assertEquals(SUMMARIZER.choose(corpus, scores, Budget.words(20)), nested.at(0));
    for (int b = 1; b < budgets.limits().size(); b++) {
      assertEquals(nested.at(b - 1), nested.at(b).subList(0, nested.at(b - 1).size()), budgets.budgets().get(b).toString());
      assertEquals(SUMMARIZER.choose(corpus, scores, budgets.budgets().get(b), nested.at(b - 1)), nested.at(b));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5})
  void sentenceBudgetsTakeThatManySentencesWhileTheCorpusHasThem(int step) {
    BudgetList budgets = BudgetList.sentences(step, 2 * step, 4 * step);
    NestedSelection nested = NestedSelection.choose(SUMMARIZER, corpus, scores, budgets);
    for (int b = 0; b < 3; b++) {
      Budget budget = budgets.budgets().get(b);
      int taken = nested.at(b).size();
      assertTrue(taken == budget.limit() || SUMMARIZER.selector().shortestLeft(corpus, scores, nested.at(b), budget).isEmpty(),
          budget + ": " + taken);
    }
  }

  /** Every word budget from 10 to 200 in steps of 10: within budget, nested, and full unless nothing worth taking fits. */
  @Test
  void everyBriefFitsNestsAndIsFullUnlessTheCorpusHasRunOut() {
    BudgetList budgets = BudgetList.words(java.util.stream.IntStream.rangeClosed(1, 20).map(i -> 10 * i).toArray());
    NestedSelection nested = NestedSelection.choose(SUMMARIZER, corpus, scores, budgets);
    for (int b = 0; b < budgets.limits().size(); b++) {
      Budget budget = budgets.budgets().get(b);
      List<Integer> chosen = nested.at(b);
      int words = chosen.stream().mapToInt(s -> corpus.sentences().get(s).wordCount()).sum();
      assertTrue(words <= budget.limit(), budget + ": " + words);
      OptionalInt left = SUMMARIZER.selector().shortestLeft(corpus, scores, chosen, budget);
      assertTrue(words >= 0.9 * budget.limit() || left.isEmpty() || left.getAsInt() > budget.limit() - words,
          budget + ": " + words + " words, yet a sentence of " + left + " that says something new would fit");
      if (b > 0) {
        assertTrue(NestedSelection.nests(nested.at(b - 1), chosen), budget.toString());
      }
    }
  }

  @Test
  void theShortestSentenceLeftIsOneThatSaysSomethingNew() {
    assertEquals(OptionalInt.of(corpus.sentences().stream().mapToInt(s -> s.wordCount()).min().orElseThrow()),
        SUMMARIZER.selector().shortestLeft(corpus, scores, List.of(), Budget.words(50)), "nothing chosen: every sentence is left");
    List<Integer> all = java.util.stream.IntStream.range(0, corpus.size()).boxed().toList();
    assertEquals(OptionalInt.empty(), SUMMARIZER.selector().shortestLeft(corpus, scores, all, Budget.words(50)));
    assertEquals(OptionalInt.of(1), SUMMARIZER.selector().shortestLeft(corpus, scores, List.of(0), Budget.sentences(5)));
    // A threshold of 1e-9 makes every sentence that shares a term with a chosen one say the same.
    List<Integer> sharing = java.util.stream.IntStream.range(1, corpus.size()).filter(t -> corpus.similarity(0, t) == 0)
        .boxed().toList();
    OptionalInt left = new newsbrief.select.MmrSelector(0.7, 1e-9).shortestLeft(corpus, scores, List.of(0), Budget.words(50));
    assertEquals(sharing.stream().mapToInt(t -> corpus.sentences().get(t).wordCount()).min(), left);
  }
}
