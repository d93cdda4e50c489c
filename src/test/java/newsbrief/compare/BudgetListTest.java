package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import newsbrief.select.Budget;
import newsbrief.select.Budget.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Budget lists as the command line gives them, good and bad. */
class BudgetListTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "50,100,200,400; 50 100 200 400",
      "400,50; 50 400",
      "' 100 , 50 ,100'; 50 100",
      "7; 7",
      "'50,,100,'; 50 100"})
  void listsAreSortedWithoutRepeats(String text, String expected) {
    List<Integer> limits = List.of(expected.split(" ")).stream().map(Integer::valueOf).toList();
    assertEquals(limits, BudgetList.parse(text, Unit.WORDS).limits());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "''; no budget in the list",
      "' , '; no budget in the list",
      "0; a budget must be at least 1, got 0",
      "100,-5; a budget must be at least 1, got -5",
      "50,abc; 'abc' is not a whole number",
      "1.5; '1.5' is not a whole number"})
  void badListsSayWhatIsWrong(String text, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BudgetList.parse(text, Unit.SENTENCES));
    assertEquals(message, e.getMessage());
  }

  @Test
  void describesItselfAsReadersAndTheCommandLineSayIt() {
    BudgetList list = BudgetList.words(50, 100, 200, 400);
    assertEquals("50, 100, 200 and 400 words", list.describe());
    assertEquals("--words 50,100,200,400", list.option());
    assertEquals("2 sentences", BudgetList.sentences(2).describe());
    assertEquals(Budget.words(400), list.largest());
    assertEquals(List.of(Budget.words(50), Budget.words(100), Budget.words(200), Budget.words(400)), list.budgets());
  }

  @Test
  void theRecordRefusesUnsortedRepeatedOrEmptyLists() {
    assertThrows(IllegalArgumentException.class, () -> BudgetList.words(100, 50));
    assertThrows(IllegalArgumentException.class, () -> BudgetList.words(50, 50));
    assertThrows(IllegalArgumentException.class, BudgetList::words);
    assertThrows(IllegalArgumentException.class, () -> BudgetList.words(0, 50));
  }
}
