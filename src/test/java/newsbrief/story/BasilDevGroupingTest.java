package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.TestSupport;
import newsbrief.eval.BCubed;
import newsbrief.text.StopWords;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real outlets covering one year of politics (basil-dev: 10 events a year, New York Times, Fox
 * News and HuffPost each): related events share their politicians and bills, and only the story
 * itself should join articles. Read from {@code ../shared/eval/basil-dev} at test time.
 */
class BasilDevGroupingTest {
  private static final AverageLinkGrouper GROUPER =
      new AverageLinkGrouper(new ArticleVectorizer(StopWords.english()), StoryOptions.defaults());
  private static Path basil;

  @BeforeAll
  static void findTheSet() {
    basil = TestSupport.sharedEval().resolve("basil-dev");
    Assumptions.assumeTrue(Files.isDirectory(basil), "basil-dev not found at " + basil + " (../shared/eval)");
  }

  static List<String> years() {
    return DevDays.BASIL_YEARS;
  }

  @ParameterizedTest
  @MethodSource("years")
  void eachYearsEventsAreFoundWithBCubedF1OfAtLeastPointNine(String year) {
    DevDays.Day day = DevDays.basilYear(basil, year);
    assertEquals(30, day.articles().size(), "a basil-dev year has 30 articles");
    BCubed score = day.score(GROUPER.group(day.articles()));
    assertTrue(score.f1() >= 0.90, year + " B-cubed below target: " + score);
  }

  @Test
  void theFiveYearsInOneFolderAreFoundWithBCubedF1OfAtLeastPointNine() {
    DevDays.Day day = DevDays.basilPooled(basil);
    BCubed score = day.score(GROUPER.group(day.articles()));
    assertTrue(score.f1() >= 0.90, "pooled basil-dev B-cubed below target: " + score);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theSeedsFormAStoryOfTheirOwnAmongAYearsArticles(String year) {
    DevDays.Day day = DevDays.basilYear(basil, year);
    DevDays.assertSeedsFormTheirOwnStory(day, GROUPER);
  }
}
