package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsbrief.Article;
import newsbrief.text.StopWords;
import newsbrief.vectorize.TermVector;
import org.junit.jupiter.api.Test;

/** Article vectors on the ladder, then the weighting rule that keeps a beat's words from joining events. */
class ArticleVectorizerTest {
  private static final ArticleVectorizer VECTORIZER = new ArticleVectorizer(StopWords.english());

  @Test
  void noArticlesGiveNoVectors() {
    assertEquals(List.of(), VECTORIZER.vectorize(List.of()));
  }

  @Test
  void anArticleWithoutProseGetsTheZeroVector() {
    assertTrue(VECTORIZER.vectorize(List.of(Article.of("empty", ""))).get(0).isZero());
  }

  @Test
  void twoReportsOfOneEventShareTheirWords() {
    List<TermVector> vectors = VECTORIZER.vectorize(List.of(
        Article.of("a", "Floods cut off the town of Marden after the river burst its banks on Friday."),
        Article.of("b", "The river burst its banks at Marden on Friday, and floods cut off the town.")));
    assertTrue(vectors.get(0).cosine(vectors.get(1)) > 0.5, "cosine " + vectors.get(0).cosine(vectors.get(1)));
  }

  /**
   * In a folder of twenty articles on one beat, a word all of them use once weighs about a tenth of
   * one that only two of them use (the idf of sentences, with its {@code + 1}, would give it a third).
   */
  @Test
  void aWordEveryArticleUsesWeighsLittle() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String own = i < 2 ? "filibuster" : "motion" + (char) ('a' + i);
      articles.add(Article.of("a" + i, "The senators met on Monday, and they spoke about the " + own
          + " for an hour before they went home to their families."));
    }
    TermVector first = VECTORIZER.vectorize(articles).get(0);
    double smallest = Double.MAX_VALUE;
    double largest = 0;
    for (int k = 0; k < first.size(); k++) {
      smallest = Math.min(smallest, first.weight(k));
      largest = Math.max(largest, first.weight(k));
    }
    assertTrue(first.size() >= 2, "the article's words: " + first.size());
    assertTrue(smallest / largest < 0.15, "weights " + smallest + " / " + largest);
  }
}
