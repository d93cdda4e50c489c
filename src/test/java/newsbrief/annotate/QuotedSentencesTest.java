package newsbrief.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedSentencesTest {
  /** Each case: a text, the sentences of its longest quotation, whether a quotation is open at its end. */
  @ParameterizedTest(name = "[{0}] -> {1}, open {2}")
  @CsvSource(delimiter = '|', value = {
      "''|0|false",
      "The bridge reopened on Friday.|0|false",
      "He called it ``a miracle'' on Friday.|1|false",
      "``We are open again,'' the mayor said.|1|false",
      "\u201cWe are open. Come in,\u201d the mayor said.|2|false",
      "\"We are open. Come in! Sit down.\" The source said.|3|false",
      "``Mr. Smith met Gen. Pinochet in the U.S. Embassy,'' she said.|1|false",
      "``Death to Arabs! Death to Arafat!''|2|false",
      "``The case is serious ... The problem is delicate,'' Castro said.|1|false",
      "The official said it was ``a form of blackmail. A real one.|2|true",
      "The official said it was ``blackmail|1|true"})
  void sentencesInTheLongestQuotation(String text, int sentences, boolean open) {
    assertEquals(sentences, QuotedSentences.count(text), text);
    assertEquals(open, QuotedSentences.leftOpen(text), text);
  }
}
