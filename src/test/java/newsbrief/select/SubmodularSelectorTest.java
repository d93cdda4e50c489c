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

class SubmodularSelectorTest {
  private static SubmodularSelector defaults() {
    return new SubmodularSelector(0.25, 6.0, 0.3, 0.3, 0.4);
  }

  /** Three alike sentences on one topic (each pair shares one of three terms) and one on another. */
  private static AnalyzedCorpus twoTopics() {
    return ofVectors(new int[] {10, 10, 10, 10}, unit(0, 1, 2), unit(0, 3, 4), unit(0, 5, 6), unit(7, 8, 9));
  }

  @Test
  void secondChoiceComesFromTheTopicNotYetCovered() {
    AnalyzedCorpus corpus = twoTopics();
    assertEquals(1.0 / 3, corpus.similarity(1, 2), 1e-12);
    List<Integer> chosen = defaults().select(corpus, new double[] {0.3, 0.3, 0.3, 0.1}, Budget.sentences(2));
    assertEquals(List.of(0, 3), chosen);
  }

  @Test
  void withoutDiversityRewardCoverageStillChoosesTheCentralSentenceFirst() {
    // The centre shares a term with each of three leaves; the leaves share nothing.
    AnalyzedCorpus star = ofVectors(new int[] {10, 10, 10, 10}, unit(1), unit(0, 1, 2, 3), unit(2), unit(3));
    List<Integer> chosen = new SubmodularSelector(0.25, 0.0, 0.3, 0.3, 0.9)
        .select(star, new double[] {0.25, 0.25, 0.25, 0.25}, Budget.sentences(1));
    assertEquals(List.of(1), chosen);
  }

  @Test
  void costExponentFavoursShortSentencesOfEqualGainUnderAWordBudget() {
    AnalyzedCorpus corpus = ofVectors(new int[] {30, 6}, unit(0), unit(1));
    double[] scores = {0.5, 0.5};
    assertEquals(List.of(1), new SubmodularSelector(0.25, 6.0, 1.0, 0.3, 0.4)
        .select(corpus, scores, Budget.words(30)));
    assertEquals(List.of(0), new SubmodularSelector(0.25, 6.0, 0.0, 0.3, 0.4)
        .select(corpus, scores, Budget.words(30)));
  }

  @Test
  void zeroScoresStillGiveAChoice() {
    List<Integer> chosen = defaults().select(twoTopics(), new double[] {0, 0, 0, 0}, Budget.sentences(2));
    assertEquals(List.of(0, 3), chosen);
  }

  @ParameterizedTest(name = "alpha {0}, lambda {1}, r {2}, cluster {3}, redundancy {4}")
  @CsvSource({
      "0.0, 6.0, 0.3, 0.3, 0.4",
      "1.5, 6.0, 0.3, 0.3, 0.4",
      "NaN, 6.0, 0.3, 0.3, 0.4",
      "0.25, -1.0, 0.3, 0.3, 0.4",
      "0.25, NaN, 0.3, 0.3, 0.4",
      "0.25, 6.0, -0.1, 0.3, 0.4",
      "0.25, 6.0, 0.3, 0.0, 0.4",
      "0.25, 6.0, 0.3, 1.1, 0.4",
      "0.25, 6.0, 0.3, 0.3, 0.0",
      "0.25, 6.0, 0.3, 0.3, 1.1"
  })
  void constructorRejectsSettingsOutOfRange(double alpha, double lambda, double r, double cluster, double redundancy) {
    assertThrows(IllegalArgumentException.class, () -> new SubmodularSelector(alpha, lambda, r, cluster, redundancy));
  }
}
