package newsbrief.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real splitter, built once: only what our configuration of CoreNLP promises. */
class CoreNlpSentenceSplitterTest {
  private static CoreNlpSentenceSplitter splitter;

  @BeforeAll
  static void buildPipeline() {
    splitter = new CoreNlpSentenceSplitter();
  }

  private static List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertEquals(List.of(), splitter.split(""));
    assertEquals(List.of(), splitter.split(" \n\n "));
  }

  @Test
  void oneSentenceKeepsItsOriginalTokens() {
    List<TokenizedSentence> found = splitter.split("Iraq’s parliament approved the budget.");
    assertEquals(1, found.size());
    assertEquals(0, found.get(0).begin());
    assertEquals(38, found.get(0).end());
    assertEquals(List.of("Iraq", "’s", "parliament", "approved", "the", "budget", "."), found.get(0).tokens());
  }

  @Test
  void twoSentencesHaveExactOffsets() {
    String text = "  Lawmakers approved the budget on Monday. Mr. Hussein told Reuters it was a “clear provocation.”";
    assertEquals(List.of("Lawmakers approved the budget on Monday.",
        "Mr. Hussein told Reuters it was a “clear provocation.”"), sentences(text));
    assertEquals(2, splitter.split(text).get(0).begin());
  }

  @Test
  void twoNewlinesEndASentenceButOneDoesNot() {
    assertEquals(List.of("Iraq Budget Crisis", "Lawmakers approved the budget."),
        sentences("Iraq Budget Crisis\n\nLawmakers approved the budget."));
    assertEquals(List.of("Lawmakers approved the budget\nafter months of delay."),
        sentences("Lawmakers approved the budget\nafter months of delay."));
  }
}
