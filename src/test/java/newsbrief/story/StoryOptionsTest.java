package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryOptionsTest {
  @ParameterizedTest
  @CsvSource({
      // merge, established, establishedMerge, link, floor, signature, common, days, words, sentences, sections, headline, also
      "0,    5, 0.18, 0.1, 0,    300, 1000, 180, 40, 2, 9, 12, 10",
      "1.1,  5, 1,    1,   0.04, 300, 1000, 180, 40, 2, 9, 12, 10",
      "0.07, 1, 0.18, 0.1, 0.04, 300, 1000, 180, 40, 2, 9, 12, 10",
      "0.07, 5, 0.05, 0.1, 0.04, 300, 1000, 180, 40, 2, 9, 12, 10",
      "0.07, 5, 0.18, 0.05, 0.04, 300, 1000, 180, 40, 2, 9, 12, 10",
      "0.07, 5, 0.18, 1.1, 0.04, 300, 1000, 180, 40, 2, 9, 12, 10",
      "0.07, 5, 0.18, 0.1, 0.08, 300, 1000, 180, 40, 2, 9, 12, 10",
      "0.07, 5, 0.18, 0.1, 0.04, 0,   1000, 180, 40, 2, 9, 12, 10",
      "0.07, 5, 0.18, 0.1, 0.04, 300, 1,    180, 40, 2, 9, 12, 10",
      "0.07, 5, 0.18, 0.1, 0.04, 300, 1000, 0,   40, 2, 9, 12, 10",
      "0.07, 5, 0.18, 0.1, 0.04, 300, 1000, 180, 0,  2, 9, 12, 10",
      "0.07, 5, 0.18, 0.1, 0.04, 300, 1000, 180, 40, 0, 9, 12, 10",
      "0.07, 5, 0.18, 0.1, 0.04, 300, 1000, 180, 40, 2, 0, 12, 10",
      "0.07, 5, 0.18, 0.1, 0.04, 300, 1000, 180, 40, 2, 9, 0,  10",
      "0.07, 5, 0.18, 0.1, 0.04, 300, 1000, 180, 40, 2, 9, 12, -1"})
  void valuesOutOfRangeAreRefused(double merge, int established, double establishedMerge, double link, double floor, int signature,
      int common, double days, int words, int sentences, int sections, int headline, int alsoReported) {
    assertThrows(IllegalArgumentException.class, () -> new StoryOptions(merge, established, establishedMerge, link, floor,
        signature, common, days, words, sentences, sections, headline, alsoReported));
  }

  @Test
  void theMinimumSectionFollowsTheBudgetsUnit() {
    StoryOptions options = StoryOptions.defaults();
    assertEquals(options.minimumSectionWords(), options.minimumSection(Budget.words(200)));
    assertEquals(options.minimumSectionSentences(), options.minimumSection(Budget.sentences(8)));
  }

  @Test
  void maxSectionsChangesOnlyTheCap() {
    StoryOptions capped = StoryOptions.defaults().withMaxSections(3);
    assertEquals(3, capped.maxSections());
    assertEquals(StoryOptions.defaults().mergeThreshold(), capped.mergeThreshold());
  }
}
