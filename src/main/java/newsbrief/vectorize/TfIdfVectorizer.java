package newsbrief.vectorize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF vectors of sentences (Salton and Buckley 1988): weight = tf x idf, with tf the term's
 * count in the sentence and idf from a {@link Vocabulary} (by default the input's own sentences,
 * each counted as a document, as LexRank does). A sentence with no terms gets the zero vector.
 * For long texts such as whole articles, {@link TermFrequency#SUBLINEAR} damps the count to
 * {@code 1 + ln(count)} (Manning, Raghavan and Schütze 2008, section 6.4.1), so a word repeated
 * throughout one article does not outweigh the rarer words it shares with others.
 */
public final class TfIdfVectorizer {
  private TfIdfVectorizer() {}

  /** How a term's count in a text becomes its tf. */
  public enum TermFrequency {
    /** The count itself. */
    RAW,
    /** {@code 1 + ln(count)}. */
    SUBLINEAR
  }

  /** Vectors of {@code texts} (lists of terms) with raw counts, weighted by {@code vocabulary}'s documents. */
  public static List<TermVector> vectorize(List<List<String>> texts, Vocabulary vocabulary) {
    return vectorize(texts, vocabulary, TermFrequency.RAW);
  }

  /**
   * Vectors of {@code texts} (lists of terms) weighted by {@code vocabulary}'s documents; terms the
   * vocabulary does not know are left out.
   */
  public static List<TermVector> vectorize(List<List<String>> texts, Vocabulary vocabulary, TermFrequency termFrequency) {
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
        double tf = termFrequency == TermFrequency.RAW ? entry.getValue() : 1 + Math.log(entry.getValue());
        weights[i] = tf * vocabulary.idf(entry.getKey());
        i++;
      }
      vectors.add(ids.length == 0 ? TermVector.EMPTY : new TermVector(ids, weights));
    }
    return List.copyOf(vectors);
  }
}
