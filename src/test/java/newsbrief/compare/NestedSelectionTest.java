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

/** Prefixes of one choice order: exact on made-up costs, then invariants on a real choice. */
class NestedSelectionTest {
  private static final NestedSelection MADE_UP = new NestedSelection(List.of(7, 3, 9, 1), List.of(20, 30, 10, 25),
      Budget.words(100));

  @Test
  void anEmptyChoiceGivesEmptyPrefixes() {
    NestedSelection none = new NestedSelection(List.of(), List.of(), Budget.words(100));
    assertEquals(List.of(), none.prefix(Budget.words(5)));
    assertEquals(OptionalInt.empty(), none.nextCost(Budget.words(100)));
  }

  @Test
  void thePrefixIsTheLongestStartThatFitsAndSkipsNothing() {
    assertEquals(List.of(), MADE_UP.prefix(Budget.words(19)));
    assertEquals(OptionalInt.of(20), MADE_UP.nextCost(Budget.words(19)));
    assertEquals(List.of(7), MADE_UP.prefix(Budget.words(49)), "the third choice (10 words) would fit, but is not taken");
    assertEquals(OptionalInt.of(30), MADE_UP.nextCost(Budget.words(49)));
    assertEquals(List.of(7, 3, 9), MADE_UP.prefix(Budget.words(60)));
    assertEquals(List.of(7, 3, 9, 1), MADE_UP.prefix(Budget.words(85)));
    assertEquals(OptionalInt.empty(), MADE_UP.nextCost(Budget.words(100)));
  }

  @Test
  void budgetsOutsideTheChoiceAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> MADE_UP.prefix(Budget.sentences(2)));
    assertThrows(IllegalArgumentException.class, () -> MADE_UP.prefix(Budget.words(101)));
    assertThrows(IllegalArgumentException.class, () -> new NestedSelection(List.of(1), List.of(), Budget.words(5)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8})
  void sentenceBudgetsTakeThatManyChoices(int limit) {
    AnalyzedCorpus corpus = CompareFixtures.floodCorpus();
    double[] scores = CompareFixtures.SUMMARIZER.ranker().rank(corpus);
    NestedSelection selection = NestedSelection.choose(CompareFixtures.SUMMARIZER, corpus, scores, Budget.sentences(8));
    assertEquals(selection.order().subList(0, Math.min(limit, selection.order().size())),
        selection.prefix(Budget.sentences(limit)));
  }

  @Test
  void onARealChoiceEveryPrefixFitsAndNestsAndTheLargestIsTheSummarizersOwn() {
    AnalyzedCorpus corpus = CompareFixtures.floodCorpus();
    Summarizer summarizer = CompareFixtures.SUMMARIZER;
    double[] scores = summarizer.ranker().rank(corpus);
    Budget largest = Budget.words(150);
    NestedSelection selection = NestedSelection.choose(summarizer, corpus, scores, largest);
    assertEquals(summarizer.choose(corpus, scores, largest), selection.prefix(largest));
    List<Integer> shorter = List.of();
    for (int limit = 1; limit <= largest.limit(); limit++) {
      List<Integer> prefix = selection.prefix(Budget.words(limit));
      int words = prefix.stream().mapToInt(s -> corpus.sentences().get(s).wordCount()).sum();
      assertTrue(words <= limit, limit + " words: " + words);
      assertTrue(NestedSelection.nests(shorter, prefix), limit + " words");
      assertEquals(selection.order().subList(0, prefix.size()), prefix);
      shorter = prefix;
    }
  }
}
