package newsbrief.vectorize;

import java.util.Arrays;
import java.util.List;

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
    return texts.parallelStream().map(text -> vector(text, vocabulary, termFrequency)).toList();
  }

  private static TermVector vector(List<String> text, Vocabulary vocabulary, TermFrequency termFrequency) {
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
      double tf = termFrequency == TermFrequency.RAW ? weights[i] : 1 + Math.log(weights[i]);
      weights[i] = tf * vocabulary.idf(ids[i]);
    }
    return new TermVector(Arrays.copyOf(ids, distinct), Arrays.copyOf(weights, distinct));
  }
}
