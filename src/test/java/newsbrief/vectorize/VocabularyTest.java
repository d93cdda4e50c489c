package newsbrief.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void noTextsGiveAnEmptyVocabulary() {
    Vocabulary vocabulary = Vocabulary.of(List.of());
    assertEquals(0, vocabulary.size());
    assertEquals(0, vocabulary.documents());
    assertEquals(-1, vocabulary.id("iraq"));
  }

  @Test
  void oneTextNumbersItsTermsInOrderOfFirstAppearance() {
    Vocabulary vocabulary = Vocabulary.of(List.of(List.of("oil", "iraq", "oil", "deal")));
    assertEquals(3, vocabulary.size());
    assertEquals(1, vocabulary.documents());
    assertEquals(0, vocabulary.id("oil"));
    assertEquals(1, vocabulary.id("iraq"));
    assertEquals(2, vocabulary.id("deal"));
    assertEquals(1, vocabulary.documentFrequency(vocabulary.id("oil")), "a repeat counts once per text");
    assertEquals(1.0, vocabulary.idf(vocabulary.id("oil")), 1e-12);
  }

  @Test
  void twoTextsCountDocumentFrequencyAndSmoothIdf() {
    Vocabulary vocabulary = Vocabulary.of(List.of(List.of("oil", "iraq"), List.of("oil", "kurd")));
    assertEquals(2, vocabulary.documentFrequency(vocabulary.id("oil")));
    assertEquals(1, vocabulary.documentFrequency(vocabulary.id("kurd")));
    assertEquals(Math.log(3.0 / 3.0) + 1, vocabulary.idf(vocabulary.id("oil")), 1e-12);
    assertEquals(Math.log(3.0 / 2.0) + 1, vocabulary.idf(vocabulary.id("kurd")), 1e-12);
    assertEquals(Math.log(3.0 / 1.0) + 1, vocabulary.idf(-1), 1e-12, "unknown terms get the largest idf");
  }

  @Test
  void idfIsPositiveForEveryTermAndFallsWithDocumentFrequency() {
    Random random = new Random(3);
    List<List<String>> texts = new ArrayList<>();
    for (int t = 0; t < 40; t++) {
      List<String> text = new ArrayList<>();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.add("w" + random.nextInt(60));
      }
      texts.add(text);
    }
    texts.forEach(text -> text.add("everywhere"));
    texts.add(List.of("everywhere"));
    Vocabulary vocabulary = Vocabulary.of(texts);
    assertTrue(vocabulary.size() > 16, "enough terms to grow the frequency table");
    for (int id = 0; id < vocabulary.size(); id++) {
      assertTrue(vocabulary.idf(id) > 0, "idf of term " + id);
      for (int other = 0; other < vocabulary.size(); other++) {
        if (vocabulary.documentFrequency(other) > vocabulary.documentFrequency(id)) {
          assertTrue(vocabulary.idf(other) < vocabulary.idf(id));
        }
      }
    }
    int everywhere = vocabulary.id("everywhere");
    assertEquals(texts.size(), vocabulary.documentFrequency(everywhere));
    assertEquals(1.0, vocabulary.idf(everywhere), 1e-12);
  }
}
