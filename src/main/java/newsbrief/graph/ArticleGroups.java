package newsbrief.graph;

import java.util.List;
import newsbrief.vectorize.TermVector;
import newsbrief.vectorize.TfIdfVectorizer;
import newsbrief.vectorize.Vocabulary;

/**
 * Groups articles that are copies or rewrites of one another: articles whose TF-IDF vectors (each
 * article a document) have a cosine of at least the threshold are joined, transitively. An
 * article alike to no other is a group of its own. Group ids are the smallest article index in
 * the group, so they are deterministic. Pairs are found through the inverted index of the
 * similarity graph, by the articles' heaviest terms: copies share them, so the cost stays close to
 * linear in the number of articles.
 */
public final class ArticleGroups {
  private static final int CANDIDATE_TERMS = 20;
  private static final int MAX_POSTINGS = 2000;
  private static final int MAX_COPIES = 50;

  private ArticleGroups() {}

  /** The group id of each article, given each article's terms. */
  public static int[] of(List<List<String>> articleTerms, double threshold) {
    int n = articleTerms.size();
    List<TermVector> vectors = TfIdfVectorizer.vectorize(articleTerms, Vocabulary.of(articleTerms));
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // Candidates are scored on their heaviest shared terms only, a lower bound of the cosine, so
    // they are found at half the threshold and confirmed on the exact cosines of the graph.
    SimilarityGraph copies = new SimilarityGraphBuilder(Math.min(threshold / 2, Math.nextDown(1.0)),
        CANDIDATE_TERMS, MAX_POSTINGS, MAX_COPIES).build(vectors);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < copies.degree(i); k++) {
        if (copies.weight(i, k) >= threshold) {
          int a = find(parent, i);
          int b = find(parent, copies.neighbour(i, k));
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = find(parent, i);
    }
    return group;
  }

  /** Cosine similarities of every pair of articles, for reports and tuning. */
  public static double[][] similarities(List<List<String>> articleTerms) {
    List<TermVector> vectors = TfIdfVectorizer.vectorize(articleTerms, Vocabulary.of(articleTerms));
    int n = vectors.size();
    double[][] similarity = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        similarity[i][j] = vectors.get(i).cosine(vectors.get(j));
      }
    }
    return similarity;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
