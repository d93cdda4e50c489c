package newsbrief.vectorize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF vectors of sentences (Salton and Buckley 1988): weight = tf x idf, with tf the term's
 * count in the sentence and idf from a {@link Vocabulary} (by default the input's own sentences,
 * each counted as a document, as LexRank does). A sentence with no terms gets the zero vector.
 */
public final class TfIdfVectorizer {
  private TfIdfVectorizer() {}

  /** Vectors of {@code texts} (lists of terms) weighted by the documents of {@code idfSource}. */
  public static List<TermVector> vectorize(List<List<String>> texts, Vocabulary vocabulary) {
    List<TermVector> vectors = new ArrayList<>(texts.size());
    for (List<String> text : texts) {
      Map<Integer, Integer> counts = new TreeMap<>();
      for (String term : text) {
        int id = vocabulary.id(term);
        if (id >= 0) {
          counts.merge(id, 1, Integer::sum);
        }
      }
      int[] ids = new int[counts.size()];
      double[] weights = new double[counts.size()];
      int i = 0;
      for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
        ids[i] = entry.getKey();
        weights[i] = entry.getValue() * vocabulary.idf(entry.getKey());
        i++;
      }
      vectors.add(ids.length == 0 ? TermVector.EMPTY : new TermVector(ids, weights));
    }
    return List.copyOf(vectors);
  }
}
