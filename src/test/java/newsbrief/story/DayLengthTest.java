package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayLengthTest {
  private static final DayLength.PerSection DEFAULTS = (DayLength.PerSection) DayLength.defaults();

  @Test
  void theDefaultReadsAsABriefOfEachStory() {
    assertEquals(new DayLength.PerSection(50, 80, 8, Budget.words(200)), DayLength.defaults());
  }

  @ParameterizedTest
  @CsvSource({"10, 2, 10, 80", "2, 2, 10, 50", "6, 2, 10, 65", "3, 3, 3, 80", "1, 1, 1, 80"})
  void sectionWordsFollowCoverageBetweenTheFewestAndTheMost(int articles, int fewest, int most, int words) {
    assertEquals(words, DEFAULTS.words(articles, fewest, most));
  }

  @Test
  void lengthsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DayLength.PerSection(0, 80, 8, Budget.words(200)));
    assertThrows(IllegalArgumentException.class, () -> new DayLength.PerSection(90, 80, 8, Budget.words(200)));
    assertThrows(IllegalArgumentException.class, () -> new DayLength.PerSection(50, 80, 0, Budget.words(200)));
    assertThrows(NullPointerException.class, () -> new DayLength.PerSection(50, 80, 8, null));
    assertThrows(NullPointerException.class, () -> new DayLength.Shared((newsbrief.select.Length) null));
  }

  @Test
  void theCapChangesOnlyTheCap() {
    assertEquals(new DayLength.PerSection(50, 80, 3, Budget.words(200)), DEFAULTS.withMaxSections(3));
  }
}
