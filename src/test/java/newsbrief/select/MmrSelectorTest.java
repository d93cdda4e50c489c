package newsbrief.select;

import static newsbrief.select.SelectionFixtures.ofVectors;
import static newsbrief.select.SelectionFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import newsbrief.AnalyzedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MmrSelectorTest {
  private static final int[] TEN_WORDS_EACH = {10, 10, 10, 10};

  @Test
  void lambdaOneChoosesByScoreAlone() {
    AnalyzedCorpus distinct = ofVectors(TEN_WORDS_EACH, unit(0), unit(1), unit(2), unit(3));
    List<Integer> chosen = new MmrSelector(1.0, 0.4)
        .select(distinct, new double[] {0.1, 0.5, 0.2, 0.2}, Budget.sentences(4));
    assertEquals(List.of(1, 2, 3, 0), chosen);
  }

  @Test
  void noveltyOutweighsASlightlyHigherScoreOfAnAlikeSentence() {
    // a and b share one of three terms (cosine 1/3, below the redundancy threshold); c is new.
    AnalyzedCorpus corpus = ofVectors(new int[] {10, 10, 10}, unit(0, 1, 2), unit(0, 3, 4), unit(5, 6, 7));
    assertEquals(1.0 / 3, corpus.similarity(0, 1), 1e-12);
    double[] scores = {1.0, 0.9, 0.8};
    assertEquals(List.of(0, 2), new MmrSelector(0.5, 0.4).select(corpus, scores, Budget.sentences(2)));
    assertEquals(List.of(0, 1), new MmrSelector(1.0, 0.4).select(corpus, scores, Budget.sentences(2)));
  }

  @Test
  void sentencesAtTheRedundancyThresholdAreLeftOut() {
    AnalyzedCorpus corpus = ofVectors(new int[] {10, 10, 10}, unit(0, 1, 2), unit(0, 3, 4), unit(5, 6, 7));
    List<Integer> chosen = new MmrSelector(0.7, 1.0 / 3).select(corpus, new double[] {1.0, 0.9, 0.8},
        Budget.sentences(3));
    assertEquals(List.of(0, 2), chosen);
  }

  @Test
  void zeroScoresStillChooseInTextOrder() {
    AnalyzedCorpus distinct = ofVectors(TEN_WORDS_EACH, unit(0), unit(1), unit(2), unit(3));
    assertEquals(List.of(0, 1, 2), new MmrSelector(0.7, 0.4)
        .select(distinct, new double[] {0, 0, 0, 0}, Budget.words(30)));
  }

  @Test
  void aLongSentenceThatNoLongerFitsIsSkippedForAShorterOne() {
    AnalyzedCorpus corpus = ofVectors(new int[] {12, 12, 5}, unit(0), unit(1), unit(2));
    List<Integer> chosen = new MmrSelector(0.7, 0.4)
        .select(corpus, new double[] {0.5, 0.4, 0.1}, Budget.words(20));
    assertEquals(List.of(0, 2), chosen);
  }

  @ParameterizedTest(name = "lambda {0}, redundancy {1}")
  @CsvSource({
      "0.0, 0.4",
      "-0.5, 0.4",
      "1.01, 0.4",
      "NaN, 0.4",
      "0.7, 0.0",
      "0.7, 1.01",
      "0.7, NaN"
  })
  void constructorRejectsSettingsOutOfRange(double lambda, double redundancy) {
    assertThrows(IllegalArgumentException.class, () -> new MmrSelector(lambda, redundancy));
  }
}
