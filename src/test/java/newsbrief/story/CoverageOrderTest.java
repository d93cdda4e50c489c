package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import org.junit.jupiter.api.Test;

class CoverageOrderTest {
  private static Article article(String outlet, LocalDate date) {
    return new Article("a", "a", "text", new ArticleMetadata(Optional.empty(), Optional.ofNullable(outlet),
        Optional.ofNullable(date), Optional.empty(), Map.of()));
  }

  private static final LocalDate MONDAY = LocalDate.of(2024, 11, 25);

  @Test
  void moreArticlesThenMoreOutletsThenNewerThenEarlierFirst() {
    List<Article> articles = List.of(
        article("One", MONDAY), article("One", MONDAY),
        article("One", MONDAY), article("Two", MONDAY),
        article("One", MONDAY.plusDays(1)), article("One", MONDAY.plusDays(1)),
        article("One", MONDAY), article("One", MONDAY), article("One", MONDAY),
        article("One", null), article("One", null));
    List<Story> stories = List.of(Story.of(0, 1), Story.of(2, 3), Story.of(4, 5), Story.of(6, 7, 8), Story.of(9, 10));
    assertEquals(List.of(Story.of(6, 7, 8), Story.of(2, 3), Story.of(4, 5), Story.of(0, 1), Story.of(9, 10)),
        CoverageOrder.sort(stories, articles));
  }

  @Test
  void noStoriesStayNone() {
    assertEquals(List.of(), CoverageOrder.sort(List.of(), List.of()));
  }
}
