package newsbrief;

import java.util.List;
import newsbrief.clean.CleanedArticle;
import newsbrief.graph.SimilarityGraph;
import newsbrief.vectorize.TermVector;

/**
 * Everything the rankers and selectors read: the articles, what cleaning kept of them, their
 * sentences, one TF-IDF vector per sentence and the similarity graph over all sentences.
 * Sentence {@code i} of {@link #sentences()} is vector {@code i} and graph node {@code i}.
 * {@link #copyGroups()} gives each article's group of copies and rewrites (see
 * {@code ArticleGroups}): the smallest article index in the group, the article's own index when
 * it copies no other.
 */
public record AnalyzedCorpus(
    List<Article> articles,
    List<CleanedArticle> cleaned,
    List<Sentence> sentences,
    List<TermVector> vectors,
    SimilarityGraph graph,
    List<Integer> copyGroups) {

  public AnalyzedCorpus {
    articles = List.copyOf(articles);
    cleaned = List.copyOf(cleaned);
    sentences = List.copyOf(sentences);
    vectors = List.copyOf(vectors);
    copyGroups = List.copyOf(copyGroups);
    if (vectors.size() != sentences.size() || graph.size() != sentences.size()) {
      throw new IllegalArgumentException("sentences, vectors and graph differ in size");
    }
    if (copyGroups.size() != articles.size()) {
      throw new IllegalArgumentException("one copy group per article is needed");
    }
  }

  /** A corpus in which no article copies another. */
  public AnalyzedCorpus(List<Article> articles, List<CleanedArticle> cleaned, List<Sentence> sentences,
      List<TermVector> vectors, SimilarityGraph graph) {
    this(articles, cleaned, sentences, vectors, graph,
        java.util.stream.IntStream.range(0, articles.size()).boxed().toList());
  }

  public int size() {
    return sentences.size();
  }

  /**
   * Cosine similarity of sentence {@code s} with every sentence, in one pass: {@code s} is
   * scattered into a dense array once, then each vector is dotted against it. Entry {@code s} is 1.
   */
  public double[] similaritiesTo(int s) {
    TermVector target = vectors.get(s);
    double[] result = new double[vectors.size()];
    if (!target.isZero()) {
      double[] dense = new double[TermVector.termBound(vectors)];
      target.scatterInto(dense);
      for (int i = 0; i < result.length; i++) {
        TermVector v = vectors.get(i);
        result[i] = target.cosineGivenDot(v, v.dot(dense));
      }
    }
    result[s] = 1.0;
    return result;
  }

  /** Cosine similarity of two sentences' vectors (1 for a sentence with itself, 0 for zero vectors). */
  public double similarity(int a, int b) {
    return a == b ? 1.0 : vectors.get(a).cosine(vectors.get(b));
  }
}
