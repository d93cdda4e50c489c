package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetAllocatorTest {
  private static List<Integer> limits(List<Budget> budgets) {
    return budgets.stream().map(Budget::limit).toList();
  }

  @Test
  void noSectionsGetNoBudget() {
    assertEquals(List.of(), BudgetAllocator.allocate(Budget.words(200), List.of(), 40, 10));
  }

  @Test
  void oneSectionGetsTheWholeBudget() {
    assertEquals(List.of(Budget.words(200)), BudgetAllocator.allocate(Budget.words(200), List.of(7), 40, 10));
  }

  @Test
  void twoEqualSectionsShareEvenly() {
    assertEquals(List.of(100, 100), limits(BudgetAllocator.allocate(Budget.words(200), List.of(5, 5), 40, 10)));
  }

  @Test
  void sharesFollowTheWeights() {
    assertEquals(List.of(150, 50), limits(BudgetAllocator.allocate(Budget.words(200), List.of(30, 10), 40, 10)));
  }

  @Test
  void lightSectionsAreRaisedToTheMinimumAndTheRestIsShared() {
    assertEquals(List.of(120, 40, 40), limits(BudgetAllocator.allocate(Budget.words(200), List.of(100, 2, 1), 40, 10)));
  }

  @Test
  void theBudgetCapsTheNumberOfSections() {
    assertEquals(5, BudgetAllocator.allocate(Budget.words(200), List.of(9, 8, 7, 6, 5, 4, 3), 40, 10).size());
  }

  @Test
  void maxSectionsCapsTheNumberOfSections() {
    assertEquals(List.of(120, 80), limits(BudgetAllocator.allocate(Budget.words(200), List.of(3, 2, 1), 40, 2)));
  }

  @Test
  void aBudgetBelowTheMinimumGoesWholeToTheFirstSection() {
    assertEquals(List.of(Budget.sentences(1)), BudgetAllocator.allocate(Budget.sentences(1), List.of(4, 3), 2, 10));
  }

  @Test
  void theUnitIsKept() {
    assertTrue(BudgetAllocator.allocate(Budget.sentences(9), List.of(3, 2, 1), 2, 10).stream()
        .allMatch(b -> b.unit() == Budget.Unit.SENTENCES));
  }

  @ParameterizedTest
  @CsvSource({"0, 10", "40, 0"})
  void minimumAndCapBelowOneAreRefused(int minimum, int maxSections) {
    assertThrows(IllegalArgumentException.class, () -> BudgetAllocator.allocate(Budget.words(200), List.of(1), minimum, maxSections));
  }

  @Test
  void weightsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> BudgetAllocator.allocate(Budget.words(200), List.of(3, 0), 40, 10));
  }

  /** On random cases: the shares add up to the budget, meet the minimum, and respect both caps. */
  @Test
  void invariantsHoldOnRandomCases() {
    Random random = new Random(3);
    for (int trial = 0; trial < 2_000; trial++) {
      int total = 1 + random.nextInt(600);
      int minimum = 1 + random.nextInt(60);
      int cap = 1 + random.nextInt(12);
      List<Integer> weights = IntStream.range(0, random.nextInt(15)).mapToObj(i -> 1 + random.nextInt(200)).toList();
      List<Integer> shares = limits(BudgetAllocator.allocate(Budget.words(total), weights, minimum, cap));
      String where = "total " + total + ", minimum " + minimum + ", cap " + cap + ", weights " + weights + " -> " + shares;
      if (weights.isEmpty()) {
        assertTrue(shares.isEmpty(), where);
        continue;
      }
      assertEquals(total, shares.stream().mapToInt(Integer::intValue).sum(), where);
      assertTrue(shares.size() <= cap && shares.size() <= weights.size(), where);
      assertTrue(shares.size() == 1 || shares.size() <= total / minimum, where);
      assertTrue(shares.size() == 1 || shares.stream().allMatch(s -> s >= minimum), where);
    }
  }
}
