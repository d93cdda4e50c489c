package newsbrief.vectorize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term ids in order of first appearance, and how many of a set of texts hold each term. Built
 * once, then read-only.
 */
public final class Vocabulary {
  private final Map<String, Integer> ids;
  private final int[] documentFrequency;
  private final int documents;

  private Vocabulary(Map<String, Integer> ids, int[] documentFrequency, int documents) {
    this.ids = ids;
    this.documentFrequency = documentFrequency;
    this.documents = documents;
  }

  /** The vocabulary of these texts, each given as its list of terms. */
  public static Vocabulary of(List<List<String>> texts) {
    Map<String, Integer> ids = new HashMap<>();
    int[] df = new int[16];
    int[] lastText = new int[16];
    for (int t = 0; t < texts.size(); t++) {
      for (String term : texts.get(t)) {
        int id = ids.computeIfAbsent(term, k -> ids.size());
        if (id >= df.length) {
          df = java.util.Arrays.copyOf(df, df.length * 2);
          lastText = java.util.Arrays.copyOf(lastText, lastText.length * 2);
        }
        if (lastText[id] != t + 1) {
          lastText[id] = t + 1;
          df[id]++;
        }
      }
    }
    return new Vocabulary(Map.copyOf(ids), java.util.Arrays.copyOf(df, ids.size()), texts.size());
  }

  /** The id of a term, or -1 when it is unknown. */
  public int id(String term) {
    return ids.getOrDefault(term, -1);
  }

  public int size() {
    return ids.size();
  }

  public int documents() {
    return documents;
  }

  public int documentFrequency(int id) {
    return documentFrequency[id];
  }

  /**
   * Smoothed inverse document frequency, {@code ln((1 + N) / (1 + df)) + 1}: positive for every
   * term, so a sentence of common words is weak but never a zero vector. Unknown terms (df 0) get
   * the largest value.
   */
  public double idf(int id) {
    int df = id < 0 ? 0 : documentFrequency[id];
    return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
  }
}
