package newsbrief.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsbrief.text.Analyzer;
import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;
import org.junit.jupiter.api.Test;

class TfIdfVectorizerTest {
  private final Analyzer normalizer = Analyzer.indexTerms(StopWords.english(), Stemmer.PORTER);

  @Test
  void noTextsGiveNoVectors() {
    assertEquals(List.of(), TfIdfVectorizer.vectorize(List.of(), Vocabulary.of(List.of())));
  }

  @Test
  void oneTextWeighsTermsByCountTimesIdf() {
    List<List<String>> texts = List.of(List.of("oil", "iraq", "oil"));
    List<TermVector> vectors = TfIdfVectorizer.vectorize(texts, Vocabulary.of(texts));
    assertEquals(1, vectors.size());
    TermVector v = vectors.get(0);
    assertEquals(2, v.size());
    assertEquals(0, v.term(0));
    assertEquals(2.0, v.weight(0), 1e-12);
    assertEquals(1, v.term(1));
    assertEquals(1.0, v.weight(1), 1e-12);
  }

  @Test
  void twoTextsGiveRarerTermsMoreWeight() {
    List<List<String>> texts = List.of(List.of("iraq", "iraq", "oil"), List.of("oil"));
    List<TermVector> vectors = TfIdfVectorizer.vectorize(texts, Vocabulary.of(texts));
    TermVector first = vectors.get(0);
    assertEquals(2 * (Math.log(3.0 / 2.0) + 1), first.weight(0), 1e-12);
    assertEquals(1.0, first.weight(1), 1e-12);
    TermVector second = vectors.get(1);
    assertEquals(1, second.size());
    assertEquals(1, second.term(0));
    assertEquals(1.0, second.weight(0), 1e-12);
  }

  @Test
  void everyWeightIsPositiveAndTermIdsIncrease() {
    List<List<String>> texts = List.of(
        List.of("kurd", "oil", "deal"), List.of("deal", "baghdad", "kurd", "kurd"), List.of("oil"));
    for (TermVector v : TfIdfVectorizer.vectorize(texts, Vocabulary.of(texts))) {
      for (int k = 0; k < v.size(); k++) {
        assertTrue(v.weight(k) > 0);
        if (k > 0) {
          assertTrue(v.term(k) > v.term(k - 1));
        }
      }
    }
  }

  @Test
  void aSentenceOfStopWordsOnlyGetsTheZeroVector() {
    List<List<String>> texts = List.of(
        normalizer.terms(List.of("Iraqi", "leaders", "met", "in", "Baghdad", ".")),
        normalizer.terms(List.of("It", "was", "what", "they", "said", ".")));
    assertEquals(List.of(), texts.get(1));
    List<TermVector> vectors = TfIdfVectorizer.vectorize(texts, Vocabulary.of(texts));
    assertTrue(vectors.get(1).isZero());
    assertEquals(0, vectors.get(1).size());
    assertEquals(0.0, vectors.get(0).cosine(vectors.get(1)));
    assertEquals(4, vectors.get(0).size(), "iraqi, leader, met, baghdad");
  }

  @Test
  void termsOutsideTheVocabularyAreIgnored() {
    Vocabulary vocabulary = Vocabulary.of(List.of(List.of("oil")));
    List<TermVector> vectors = TfIdfVectorizer.vectorize(List.of(List.of("oil", "unseen")), vocabulary);
    assertEquals(1, vectors.get(0).size());
    assertTrue(TfIdfVectorizer.vectorize(List.of(List.of("unseen")), vocabulary).get(0).isZero());
  }
}
