package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
  private static DevDays.Day day;

  @BeforeAll
  static void readPooledDevSet() {
    Path duc = TestSupport.sharedEval().resolve("duc2003");
    Assumptions.assumeTrue(Files.isDirectory(duc), "DUC 2003 development set not found at " + duc + " (../shared/eval)");
    day = DevDays.ducPooled(duc);
  }

  @Test
  void findsTheTrueStoriesWithBCubedF1OfAtLeastPointNine() {
    assertEquals(298, day.articles().size(), "the development set has 298 articles");
    BCubed score = day.score(GROUPER.group(day.articles()));
    assertTrue(score.f1() >= 0.90, "pooled dev B-cubed below target: " + score);
  }

  @Test
  void theSeedsFormAStoryOfTheirOwnAmongTheDevArticles() {
    DevDays.assertSeedsFormTheirOwnStory(day, GROUPER);
  }
}
