package newsbrief.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimpleSentenceSplitterTest {
  private final SimpleSentenceSplitter splitter = new SimpleSentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", " ", "\n\n", " \t\n "})
  void blankTextHasNoSentences(String text) {
    assertEquals(List.of(), splitter.split(text));
  }

  @Test
  void oneSentenceIsTokenizedWithItsPunctuation() {
    assertEquals(List.of(new TokenizedSentence(0, 38, List.of("Iraq’s", "parliament", "approved", "the", "budget", "."))),
        splitter.split("Iraq’s parliament approved the budget."));
  }

  @Test
  void twoSentencesKeepTheirOffsetsWithoutSurroundingSpace() {
    String text = "  Lawmakers approved the budget.  Protests continued in Basra!\n";
    List<TokenizedSentence> found = splitter.split(text);
    assertEquals(2, found.size());
    assertEquals(new TokenizedSentence(2, 32, List.of("Lawmakers", "approved", "the", "budget", ".")), found.get(0));
    assertEquals(new TokenizedSentence(34, 62, List.of("Protests", "continued", "in", "Basra", "!")), found.get(1));
    assertEquals("Protests continued in Basra!", text.substring(34, 62));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a lower-case word after a period does not start a sentence | U.S. forces left the base on Monday.              | 1
      a quotation ends with its closing mark                     | “We will go.” Then he left.                        | 2
      a question mark ends a sentence                            | Will they vote? Nobody knows.                      | 2
      a digit may start a sentence                               | The vote passed. 200 lawmakers attended.           | 2
      an opening quote may start a sentence                      | He left. “We will return,” he said.                | 2
      no space, no boundary                                      | The vote passed.Lawmakers left.                    | 1
      """)
  void boundariesFollowPunctuationSpaceAndACapital(String why, String text, int count) {
    assertEquals(count, splitter.split(text).size(), why);
  }

  @Test
  void aBlankLineEndsASentenceWithoutPunctuation() {
    assertEquals(List.of("Iraq Budget Crisis", "Lawmakers approved the budget."),
        sentences("Iraq Budget Crisis\n\nLawmakers approved the budget."));
  }

  @Test
  void wordsKeepInnerApostrophesHyphensAndPeriodsButNotAFinalPeriod() {
    assertEquals(List.of("Al-Sudani", "met", "U.S", ".", "envoys", "in", "Kata’ib", "Hezbollah’s", "base", "."),
        splitter.split("Al-Sudani met U.S. envoys in Kata’ib Hezbollah’s base.").get(0).tokens());
  }
}
