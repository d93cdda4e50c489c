package newsbrief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import newsbrief.eval.rouge.LengthLimit;
import newsbrief.eval.rouge.RougeOptions;
import newsbrief.eval.rouge.RougeScorer;
import newsbrief.text.StopWords;
import org.junit.jupiter.api.Test;

/** Reference facts covered per 100 words, on crafted summaries and references. */
class FactRecallTest {
  private static final StopWords STOP_WORDS = StopWords.english();
  private static final RougeScorer WHOLE = new RougeScorer(RougeOptions.standard());

  /** Two sentences, the first in three clause lines as DUC references write them. */
  private static final List<String> REFERENCE = List.of(
      "British police arrested General Augusto Pinochet ,",
      "in London for back surgery ,",
      "on a Spanish warrant .",
      "Chile protested the arrest .");

  private static FactRecall recall(List<String> summary, List<List<String>> references) {
    return FactRecall.of(summary, references, WHOLE, STOP_WORDS);
  }

  @Test
  void referenceLinesAreJoinedIntoSentencesOfContentWords() {
    List<Set<String>> sentences = FactRecall.referenceSentences(REFERENCE, STOP_WORDS);
    assertEquals(2, sentences.size());
    assertEquals(Set.of("british", "polic", "arrest", "gener", "augusto", "pinochet", "london", "back", "surgeri",
        "spanish", "warrant"), sentences.get(0));
    assertEquals(Set.of("chile", "protest", "arrest"), sentences.get(1));
    assertEquals(List.of(), FactRecall.referenceSentences(List.of("the of and ."), STOP_WORDS), "no content word, no fact");
  }

  @Test
  void anEmptySummaryCoversNothing() {
    FactRecall none = recall(List.of(), List.of(REFERENCE));
    assertEquals(new FactRecall(0, 2, 0), none);
    assertEquals(0, none.per100Words());
  }

  @Test
  void aSentenceHoldingHalfOfAFactsContentWordsCoversIt() {
    // 6 of the first sentence's 11 content words, stemmed alike (arrested ~ arrest); 2 of the second's 3.
    // Without "back" it would be 5 of 11, under half.
    List<String> summary = List.of("Police in London arrested Pinochet, who went there for back surgery.",
        "Chile protests.");
    FactRecall recall = recall(summary, List.of(REFERENCE));
    assertEquals(new FactRecall(2, 2, 13), recall);
    assertEquals(100 * 2 / 13.0, recall.per100Words(), 1e-9);
  }

  @Test
  void lessThanHalfInOneSentenceDoesNotCover() {
    // The first fact's words are spread over two sentences, 5 and 3 of 11: neither holds half.
    List<String> summary = List.of("Police in London arrested Pinochet there.", "A Spanish warrant for surgery.");
    assertEquals(0, recall(summary, List.of(REFERENCE)).covered());
  }

  @Test
  void factsAreAveragedOverReferences() {
    List<String> other = List.of("Pinochet was arrested in London .", "Spain wants him extradited .");
    FactRecall recall = recall(List.of("Chile protested the arrest of Pinochet in London."), List.of(REFERENCE, other));
    // REFERENCE: the protest (1 of 2); other: the arrest in London (1 of 2).
    assertEquals(new FactRecall(1, 2, 8), recall);
  }

  @Test
  void theSummaryIsReadAsTheScorerCutsIt() {
    RougeScorer fourWords = new RougeScorer(RougeOptions.standard().withLimit(LengthLimit.words(4)));
    List<String> summary = List.of("Officials said yesterday that Chile protested the arrest.");
    assertEquals(1, recall(summary, List.of(REFERENCE)).covered());
    FactRecall cut = FactRecall.of(summary, List.of(REFERENCE), fourWords, STOP_WORDS);
    assertEquals(new FactRecall(0, 2, 4), cut);
  }

  @Test
  void countsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new FactRecall(3, 2, 10));
    assertThrows(IllegalArgumentException.class, () -> new FactRecall(0, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> recall(List.of("A line."), List.of()));
  }
}
