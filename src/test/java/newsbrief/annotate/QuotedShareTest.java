package newsbrief.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedShareTest {
  /** Words are runs of non-space characters: four of the seven words of a quoted clause and its attribution. */
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "''|0",
      "Rain.|0",
      "The bridge reopened on Friday.|0",
      "``We are open again,'' the mayor said.|0.5714285714285714",
      "“We are open again,” the mayor said.|0.5714285714285714",
      "\"We are open again,\" the mayor said.|0.5714285714285714",
      "``We are open again and glad.''|1",
      "The mayor said ``we are open|0.5",
      "He called it ``a miracle'' on Friday.|0.2857142857142857"})
  void shareOfWordsInsideQuotationMarks(String sentence, double share) {
    assertEquals(share, QuotedShare.of(sentence), 1e-9);
  }
}
