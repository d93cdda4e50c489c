package newsbrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {
  @Test
  void emptyTextHasNoWords() {
    assertEquals(0, Words.count(""));
    assertEquals(List.of(), Words.of(""));
    assertEquals(List.of(), Words.rougeTokens(""));
  }

  @Test
  void oneWord() {
    assertEquals(1, Words.count("Baghdad"));
    assertEquals(List.of("Baghdad"), Words.of("Baghdad"));
    assertEquals(List.of("baghdad"), Words.rougeTokens("baghdad"));
  }

  @Test
  void twoWords() {
    assertEquals(2, Words.count("  Iraq \t waits\n"));
    assertEquals(List.of("Iraq", "waits"), Words.of("Iraq, waits."));
  }

  @ParameterizedTest(name = "{0} is one word token")
  @CsvSource({"U.S.", "don't", "Iraq\u2019s", "al-Sudani", "COVID-19", "caf\u00e9", "e\u0301t\u00e9"})
  void innerApostrophesPeriodsAndHyphensJoin(String word) {
    assertEquals(List.of(word.endsWith(".") ? word.substring(0, word.length() - 1) : word), Words.of(" " + word + " "));
  }

  @Test
  void punctuationAroundWordsSeparatesThem() {
    assertEquals(List.of("end", "Next", "one"), Words.of("end. Next -- one"));
    assertEquals(List.of("a", "b"), Words.of("a--b"));
    assertEquals(List.of("quote"), Words.of("\u201cquote\u201d"));
  }

  @Test
  void spansPointIntoTheTextAndRespectTheRange() {
    String text = "The (AP) said: go.";
    List<String> found = new ArrayList<>();
    Words.forEach(text, 4, text.length(), (b, e) -> found.add(text.substring(b, e)));
    assertEquals(List.of("AP", "said", "go"), found);
  }

  @Test
  void countedWordsAreRunsOfNonSpace() {
    assertEquals(3, Words.count("U.S. -- troops"));
  }

  @Test
  void rougeTokensAreRunsOfAsciiLettersAndDigits() {
    assertEquals(List.of("u", "s", "troops", "s", "caf", "50"), Words.rougeTokens("u.s. troops's caf\u00e9 50%"));
  }
}
