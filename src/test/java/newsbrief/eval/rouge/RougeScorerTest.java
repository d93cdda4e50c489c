package newsbrief.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A ladder of small cases worked out by hand from the official scorer's rules. */
class RougeScorerTest {
  private static final double EXACT = 1e-12;
  private static final RougeScorer STEMMED = new RougeScorer(
      new RougeOptions(true, LengthLimit.none(), 4, true));
  private static final RougeScorer UNSTEMMED = new RougeScorer(
      new RougeOptions(false, LengthLimit.none(), 4, true));

  @Test
  void emptySummaryScoresZeroNotNaN() {
    RougeResult result = STEMMED.score(List.of(), List.of(List.of("The cat sat.")));
    assertAllEqual(RougeScore.ZERO, result);
  }

  @Test
  void summaryOfOnlyPunctuationScoresZero() {
    RougeResult result = STEMMED.score(List.of("-- ... !", ""), List.of(List.of("The cat sat.")));
    assertAllEqual(RougeScore.ZERO, result);
  }

  @Test
  void emptyReferenceAloneScoresZero() {
    RougeResult result = STEMMED.score(List.of("The cat sat."), List.of(List.of()));
    assertAllEqual(RougeScore.ZERO, result);
  }

  /** An empty reference adds nothing to recall's denominator but still counts for precision. */
  @Test
  void emptyReferenceAmongOthersOnlyDilutesPrecision() {
    RougeScore score = UNSTEMMED.rougeN(List.of("cats sleep"), List.of(List.of("cats sleep"), List.of()), 1);
    assertScore(1.0, 0.5, score);
  }

  @Test
  void identicalSummaryAndReferenceScoreOne() {
    List<String> text = List.of("Pinochet was arrested in London.", "Spain wants him tried for genocide.");
    RougeResult result = STEMMED.score(text, List.of(text, text));
    assertAllEqual(new RougeScore(1, 1, 1), result);
  }

  @Test
  void noSharedWordScoresZero() {
    RougeResult result = STEMMED.score(List.of("Markets rallied today."), List.of(List.of("The storm hit Honduras.")));
    assertAllEqual(RougeScore.ZERO, result);
  }

  /**
   * One token: unigram 1 of 2; no bigram at all; and no skip-bigram unit either, because the
   * scorer never counts the last token as a unigram.
   */
  @Test
  void oneTokenSummary() {
    List<List<String>> reference = List.of(List.of("Cats sleep."));
    assertScore(0.5, 1.0, UNSTEMMED.rougeN(List.of("Cats."), reference, 1));
    assertEquals(2.0 / 3, UNSTEMMED.rougeN(List.of("Cats."), reference, 1).f(), EXACT);
    assertEquals(RougeScore.ZERO, UNSTEMMED.rougeN(List.of("Cats."), reference, 2));
    assertEquals(RougeScore.ZERO, UNSTEMMED.rougeSkipBigram(List.of("Cats."), reference));
    assertScore(0.5, 1.0, UNSTEMMED.rougeL(List.of("Cats."), reference));
  }

  /**
   * Summary "the cat sat / the dog ran" (6 tokens) against "the cat ran" (3): bigrams cross the
   * sentence boundary ("sat the"); the union LCS marks the, cat (with sentence 1) and ran (with
   * sentence 2); SU4 has 5 unigrams + 15 skip-bigrams in the summary, 2 + 3 in the reference.
   */
  @Test
  void twoSentenceSummary() {
    List<String> summary = List.of("The cat sat.", "The dog ran.");
    List<List<String>> reference = List.of(List.of("The cat ran."));
    assertScore(1.0, 0.5, UNSTEMMED.rougeN(summary, reference, 1));
    assertScore(0.5, 0.2, UNSTEMMED.rougeN(summary, reference, 2));
    assertScore(0.0, 0.0, UNSTEMMED.rougeN(summary, reference, 3));
    assertScore(1.0, 0.5, UNSTEMMED.rougeL(summary, reference));
    assertScore(1.0, 0.25, UNSTEMMED.rougeSkipBigram(summary, reference));
  }

  /** The LCS is found sentence by sentence: one summary sentence in a different order scores less. */
  @Test
  void rougeLUsesTheUnionOfLcsOverSummarySentences() {
    List<List<String>> reference = List.of(List.of("a b c d"));
    assertScore(0.5, 0.5, UNSTEMMED.rougeL(List.of("c d a b"), reference));
    assertScore(1.0, 1.0, UNSTEMMED.rougeL(List.of("c d", "a b"), reference));
  }

  /** Clipping: a repeated summary word matches a reference word only as often as it occurs there. */
  @Test
  void hitsAreClipped() {
    assertScore(1.0, 0.25, UNSTEMMED.rougeN(List.of("the the the the"), List.of(List.of("the")), 1));
    assertScore(1.0, 0.25, UNSTEMMED.rougeL(List.of("the the the the"), List.of(List.of("the"))));
  }

  /** With -f A, hits and counts are summed over references before dividing. */
  @Test
  void severalReferencesAreSummedNotAveraged() {
    RougeScore score = UNSTEMMED.rougeN(
        List.of("a b c d"), List.of(List.of("a b"), List.of("a x y z w v")), 1);
    assertScore(3.0 / 8, 3.0 / 8, score);
  }

  @Test
  void stemmingMakesInflectedFormsMatch() {
    List<String> summary = List.of("Parliaments voted.");
    List<List<String>> reference = List.of(List.of("The parliament votes."));
    assertScore(0.0, 0.0, UNSTEMMED.rougeN(summary, reference, 1));
    assertScore(2.0 / 3, 1.0, STEMMED.rougeN(summary, reference, 1));
  }

  /** WordNet exceptions come before Porter: "were" and "is" both become "be". */
  @Test
  void stemmingUsesWordNetExceptions() {
    assertScore(1.0, 1.0, STEMMED.rougeN(List.of("were"), List.of(List.of("be")), 1));
    assertScore(0.0, 0.0, UNSTEMMED.rougeN(List.of("were"), List.of(List.of("be")), 1));
  }

  /** Tokens of 3 characters or fewer are never stemmed, even with an exception entry ("is"). */
  @Test
  void shortTokensAreNotStemmed() {
    assertScore(0.0, 0.0, STEMMED.rougeN(List.of("is"), List.of(List.of("be")), 1));
  }

  /** Non-ASCII characters separate tokens; hyphens too; A-Z only are lower-cased. */
  @Test
  void onlyAsciiLettersAndDigitsMakeTokens() {
    assertScore(1.0, 1.0, UNSTEMMED.rougeN(List.of("caf\u00e9 na\u00efve"), List.of(List.of("caf na ve")), 1));
    assertScore(1.0, 1.0, UNSTEMMED.rougeN(List.of("senator-for-life"), List.of(List.of("SENATOR FOR LIFE")), 1));
    assertScore(1.0, 1.0, UNSTEMMED.rougeN(List.of("\u201cNew\u00a0York\u201d"), List.of(List.of("new york")), 2));
  }

  /** The word limit applies to references as well as to the summary. */
  @Test
  void lengthLimitCutsReferencesToo() {
    RougeScorer twoWords = new RougeScorer(new RougeOptions(false, LengthLimit.words(2), 4, true));
    assertScore(1.0, 1.0, twoWords.rougeN(List.of("a b"), List.of(List.of("a b c d")), 1));
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> STEMMED.score(List.of("a"), List.of()));
    assertThrows(IllegalArgumentException.class, () -> STEMMED.rougeN(List.of("a"), List.of(List.of("a")), 0));
    assertThrows(IllegalArgumentException.class, () -> STEMMED.score(List.of("a\nb"), List.of(List.of("a"))));
    assertThrows(NullPointerException.class, () -> new RougeScorer(null));
  }

  private static void assertScore(double recall, double precision, RougeScore score) {
    assertEquals(recall, score.recall(), EXACT, "recall of " + score);
    assertEquals(precision, score.precision(), EXACT, "precision of " + score);
    double denominator = 0.5 * precision + 0.5 * recall;
    assertEquals(denominator > 0 ? precision * recall / denominator : 0, score.f(), EXACT, "F of " + score);
  }

  private static void assertAllEqual(RougeScore expected, RougeResult result) {
    assertEquals(expected, result.rouge1(), "ROUGE-1");
    assertEquals(expected, result.rouge2(), "ROUGE-2");
    assertEquals(expected, result.rougeL(), "ROUGE-L");
    assertEquals(expected, result.rougeSu(), "ROUGE-SU4");
  }
}
