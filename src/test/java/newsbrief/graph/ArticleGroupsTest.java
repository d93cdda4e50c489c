package newsbrief.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleGroupsTest {
  private static final List<String> BUDGET = List.of("iraq", "parliament", "approv", "budget", "oil", "revenu");
  private static final List<String> ELECTION = List.of("kurdistan", "elect", "vote", "erbil", "turnout", "parti");
  private static final List<String> DROUGHT = List.of("drought", "tigri", "euphrat", "water", "farmer", "dam");

  @Test
  void noArticlesGiveNoGroups() {
    assertArrayEquals(new int[0], ArticleGroups.of(List.of(), 0.6));
  }

  @Test
  void oneArticleIsAGroupOfItsOwn() {
    assertArrayEquals(new int[] {0}, ArticleGroups.of(List.of(BUDGET), 0.6));
  }

  @Test
  void twoCopiesAreOneGroup() {
    assertArrayEquals(new int[] {0, 0}, ArticleGroups.of(List.of(BUDGET, List.copyOf(BUDGET)), 0.6));
  }

  @Test
  void twoDistinctArticlesAreTwoGroups() {
    assertArrayEquals(new int[] {0, 1}, ArticleGroups.of(List.of(BUDGET, ELECTION), 0.6));
  }

  @Test
  void articlesWithoutTermsAreNeverCopiesOfEachOther() {
    assertArrayEquals(new int[] {0, 1, 2}, ArticleGroups.of(List.of(List.of(), List.of(), BUDGET), 0.6));
  }

  @Test
  void groupIdIsTheSmallestIndexInTheGroup() {
    List<List<String>> articles = List.of(ELECTION, BUDGET, DROUGHT, BUDGET, DROUGHT, ELECTION);
    assertArrayEquals(new int[] {0, 1, 2, 1, 2, 0}, ArticleGroups.of(articles, 0.6));
  }

  @Test
  void groupsAreTheSameOnEveryRun() {
    List<List<String>> articles = List.of(DROUGHT, BUDGET, BUDGET, ELECTION, DROUGHT);
    int[] first = ArticleGroups.of(articles, 0.6);
    assertArrayEquals(new int[] {0, 1, 1, 3, 0}, first);
    assertArrayEquals(first, ArticleGroups.of(articles, 0.6));
  }

  @Test
  void copiesAreJoinedTransitively() {
    // a ~ b and b ~ c at cosine 1/sqrt(2), a and c share nothing; d keeps the idf of the others equal.
    List<List<String>> articles = List.of(
        List.of("p", "q"), List.of("p", "q", "r", "s"), List.of("r", "s"), List.of("t"));
    assertArrayEquals(new int[] {0, 0, 0, 3}, ArticleGroups.of(articles, 0.7));
    assertArrayEquals(new int[] {0, 1, 2, 3}, ArticleGroups.of(articles, 0.71));
  }

  @Test
  void aRewriteAboveTheThresholdJoinsItsOriginal() {
    List<String> rewrite = List.of("iraq", "parliament", "approv", "budget", "oil", "revenu", "monday");
    double[][] similarity = ArticleGroups.similarities(List.of(BUDGET, rewrite, ELECTION));
    assertEquals(1.0, similarity[0][0], 1e-12);
    assertEquals(similarity[0][1], similarity[1][0]);
    assertEquals(0.0, similarity[0][2]);
    double cosine = similarity[0][1];
    assertArrayEquals(new int[] {0, 0, 2}, ArticleGroups.of(List.of(BUDGET, rewrite, ELECTION), cosine));
    assertArrayEquals(new int[] {0, 1, 2}, ArticleGroups.of(List.of(BUDGET, rewrite, ELECTION), cosine + 1e-9));
  }
}
