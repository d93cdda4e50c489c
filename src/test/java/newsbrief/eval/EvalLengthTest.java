package newsbrief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import newsbrief.eval.rouge.LengthLimit;
import newsbrief.select.Budget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EvalLengthTest {
  @ParameterizedTest(name = "{0} {1}: cut {2} words, select under {3}, {4} without overflow")
  @CsvSource({
      "words, 100, 100, 120, 100",
      "words, 1, 1, 21, 1",
      "bytes, 665, 133, 153, 133",
      "bytes, 3, 1, 21, 1"})
  void selectionRunsTwentyWordsPastTheCut(String unit, int count, int cutWords, int budget, int withoutOverflow) {
    EvalLength length = unit.equals("words") ? EvalLength.words(count) : EvalLength.bytes(count);
    assertEquals(cutWords, length.cutWords());
    assertEquals(Budget.words(budget), length.selectionBudget());
    assertEquals(Budget.words(withoutOverflow), length.withoutOverflow().selectionBudget());
    assertEquals(count + " " + unit, length.toString());
  }

  @Test
  void aCutIsNeeded() {
    assertThrows(IllegalArgumentException.class, () -> new EvalLength(LengthLimit.none(), 20));
    assertThrows(IllegalArgumentException.class, () -> new EvalLength(LengthLimit.words(100), -1));
  }
}
