package newsbrief.vectorize;

import java.util.Arrays;
import java.util.List;

/**
 * TF-IDF vectors of sentences (Salton and Buckley 1988): weight = tf x idf, with tf the term's
 * count in the sentence and idf from a {@link Vocabulary} (by default the input's own sentences,
 * each counted as a document, as LexRank does). A sentence with no terms gets the zero vector.
 */
public final class TfIdfVectorizer {
  private TfIdfVectorizer() {}

  /** Vectors of {@code texts} (lists of terms) weighted by the documents of {@code idfSource}. */
  public static List<TermVector> vectorize(List<List<String>> texts, Vocabulary vocabulary) {
    return texts.parallelStream().map(text -> vector(text, vocabulary)).toList();
  }

  private static TermVector vector(List<String> text, Vocabulary vocabulary) {
    int[] occurrences = new int[text.size()];
    int known = 0;
    for (String term : text) {
      int id = vocabulary.id(term);
      if (id >= 0) {
        occurrences[known++] = id;
      }
    }
    if (known == 0) {
      return TermVector.EMPTY;
    }
    Arrays.sort(occurrences, 0, known);
    int[] ids = new int[known];
    double[] weights = new double[known];
    int distinct = 0;
    for (int i = 0; i < known; i++) {
      if (distinct > 0 && ids[distinct - 1] == occurrences[i]) {
        weights[distinct - 1] += 1;
      } else {
        ids[distinct] = occurrences[i];
        weights[distinct++] = 1;
      }
    }
    for (int i = 0; i < distinct; i++) {
      weights[i] *= vocabulary.idf(ids[i]);
    }
    return new TermVector(Arrays.copyOf(ids, distinct), Arrays.copyOf(weights, distinct));
  }
}
