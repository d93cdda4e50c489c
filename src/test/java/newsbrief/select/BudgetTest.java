package newsbrief.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetTest {
  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {0, -1, -200, Integer.MIN_VALUE})
  void wordBudgetRejectsZeroAndNegatives(int limit) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Budget.words(limit));
    assertEquals("a budget must be at least 1 words, got " + limit, e.getMessage());
  }

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {0, -1, -3, Integer.MIN_VALUE})
  void sentenceBudgetRejectsZeroAndNegatives(int limit) {
    assertThrows(IllegalArgumentException.class, () -> Budget.sentences(limit));
  }

  @Test
  void budgetRejectsAMissingUnit() {
    assertThrows(IllegalArgumentException.class, () -> new Budget(null, 10));
  }

  @ParameterizedTest(name = "{0} {1}: a {2}-word sentence costs {3}")
  @CsvSource({
      "WORDS, 1, 1, 1",
      "WORDS, 200, 17, 17",
      "SENTENCES, 1, 17, 1",
      "SENTENCES, 5, 40, 1"
  })
  void costCountsWordsOrSentences(Budget.Unit unit, int limit, int words, int cost) {
    Budget budget = new Budget(unit, limit);
    assertEquals(limit, budget.limit());
    assertEquals(cost, budget.cost(words));
  }

  @Test
  void budgetsPrintTheirUnit() {
    assertEquals("200 words", Budget.words(200).toString());
    assertEquals("3 sentences", Budget.sentences(3).toString());
  }
}
