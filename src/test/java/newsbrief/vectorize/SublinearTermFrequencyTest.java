package newsbrief.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import newsbrief.vectorize.TfIdfVectorizer.TermFrequency;
import org.junit.jupiter.api.Test;

/** {@link TermFrequency#SUBLINEAR} damps repeated terms and leaves everything else as {@code RAW} does. */
class SublinearTermFrequencyTest {
  private static final List<List<String>> TEXTS = List.of(
      List.of("flood", "flood", "flood", "flood", "town"),
      List.of("town", "mayor"),
      List.of());
  private static final Vocabulary VOCABULARY = Vocabulary.of(TEXTS);

  @Test
  void countsAreDampedToOnePlusTheirLogarithm() {
    TermVector raw = TfIdfVectorizer.vectorize(TEXTS, VOCABULARY, TermFrequency.RAW).get(0);
    TermVector sublinear = TfIdfVectorizer.vectorize(TEXTS, VOCABULARY, TermFrequency.SUBLINEAR).get(0);
    int flood = VOCABULARY.id("flood");
    assertEquals(flood, sublinear.term(0));
    assertEquals(4 * VOCABULARY.idf(flood), raw.weight(0), 1e-12);
    assertEquals((1 + Math.log(4)) * VOCABULARY.idf(flood), sublinear.weight(0), 1e-12);
  }

  @Test
  void singleOccurrencesWeighTheSameEitherWay() {
    assertEquals(TfIdfVectorizer.vectorize(TEXTS, VOCABULARY, TermFrequency.RAW).get(1),
        TfIdfVectorizer.vectorize(TEXTS, VOCABULARY, TermFrequency.SUBLINEAR).get(1));
  }

  @Test
  void anEmptyTextIsTheZeroVector() {
    assertSame(TermVector.EMPTY, TfIdfVectorizer.vectorize(TEXTS, VOCABULARY, TermFrequency.SUBLINEAR).get(2));
  }

  @Test
  void theTwoArgumentFormIsRaw() {
    assertEquals(TfIdfVectorizer.vectorize(TEXTS, VOCABULARY, TermFrequency.RAW), TfIdfVectorizer.vectorize(TEXTS, VOCABULARY));
  }
}
