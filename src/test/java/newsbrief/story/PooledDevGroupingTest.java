package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.TestSupport;
import newsbrief.eval.BCubed;
import newsbrief.text.StopWords;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DUC 2003 development set pooled into one day: each cluster folder is one true story. The
 * texts are read from {@code ../shared/eval} at test time and never copied into the project.
 */
class PooledDevGroupingTest {
  private static final AverageLinkGrouper GROUPER =
      new AverageLinkGrouper(new ArticleVectorizer(StopWords.english()), StoryOptions.defaults());
  private static final List<Article> ARTICLES = new ArrayList<>();
  private static final List<String> TRUE_STORIES = new ArrayList<>();

  @BeforeAll
  static void readPooledDevSet() throws IOException {
    Path duc = TestSupport.sharedEval().resolve("duc2003");
    Assumptions.assumeTrue(Files.isDirectory(duc), "DUC 2003 development set not found at " + duc + " (../shared/eval)");
    ARTICLES.clear();
    TRUE_STORIES.clear();
    try (Stream<Path> clusters = Files.list(duc)) {
      for (Path cluster : clusters.filter(c -> Files.isDirectory(c.resolve("docs"))).sorted().toList()) {
        for (Article article : TestSupport.readFolder(cluster.resolve("docs"))) {
          ARTICLES.add(article);
          TRUE_STORIES.add(cluster.getFileName().toString());
        }
      }
    }
  }

  @Test
  void findsTheTrueStoriesWithBCubedF1OfAtLeastPointNine() {
    assertEquals(298, ARTICLES.size(), "the development set has 298 articles");
    BCubed score = score(GROUPER.group(ARTICLES), ARTICLES.size());
    assertTrue(score.f1() >= 0.90, "pooled dev B-cubed below target: " + score);
  }

  @Test
  void theSeedsFormAStoryOfTheirOwnAmongTheDevArticles() {
    List<Article> pooled = new ArrayList<>(ARTICLES);
    List<Article> seeds = TestSupport.corpus();
    pooled.addAll(seeds);
    List<Integer> seedIndices = IntStream.range(ARTICLES.size(), pooled.size()).boxed().toList();
    Story seedStory = GROUPER.group(pooled).stream()
        .filter(s -> s.articles().contains(ARTICLES.size()))
        .findFirst().orElseThrow();
    assertEquals(seedIndices, seedStory.articles());
  }

  private static BCubed score(List<Story> stories, int articles) {
    Integer[] found = new Integer[articles];
    for (int s = 0; s < stories.size(); s++) {
      for (int a : stories.get(s).articles()) {
        found[a] = s;
      }
    }
    return BCubed.score(TRUE_STORIES, List.of(found));
  }
}
