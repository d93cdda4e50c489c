package newsbrief.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingOrderTest {
  private static ArticleMetadata dated(LocalDate date) {
    return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.of(date), Optional.empty(), Map.of());
  }

  private static Article undated(String id) {
    return Article.of(id, "Text of " + id + ".");
  }

  private static Article dated(String id, String date) {
    return new Article(id, id, "Text of " + id + ".", dated(LocalDate.parse(date)));
  }

  /** Articles from a compact spec: a date (yyyy-mm-dd) or '-' for an undated one, separated by spaces. */
  private static List<Article> articles(String spec) {
    List<Article> articles = new ArrayList<>();
    String[] dates = spec.isBlank() ? new String[0] : spec.trim().split("\\s+");
    for (int i = 0; i < dates.length; i++) {
      articles.add(dates[i].equals("-") ? undated("a" + i) : dated("a" + i, dates[i]));
    }
    return articles;
  }

  private static List<Integer> indices(String order) {
    return order.isBlank() ? List.of() : List.of(order.trim().split("\\s+")).stream().map(Integer::valueOf).toList();
  }

  @Test
  void noArticlesGiveAnEmptyOrder() {
    assertEquals(List.of(), ReadingOrder.articles(List.of()));
  }

  @Test
  void oneArticleComesFirst() {
    assertEquals(List.of(0), ReadingOrder.articles(List.of(undated("only"))));
    assertEquals(List.of(0), ReadingOrder.articles(List.of(dated("only", "2024-11-28"))));
  }

  @Test
  void twoDatedArticlesGoOldestFirst() {
    assertEquals(List.of(1, 0), ReadingOrder.articles(List.of(dated("new", "2024-11-28"), dated("old", "2023-03-20"))));
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource({
      "'2024-11-28 2023-03-20', '1 0'",
      "'2023-03-20 2024-11-28', '0 1'",
      "'- 2024-01-01', '1 0'",
      "'- - -', '0 1 2'",
      "'2024-05-01 - 2024-05-01 - 2020-01-01', '4 0 2 1 3'",
      "'- 2024-02-02 - 2024-02-01 2024-02-03', '3 1 4 0 2'",
      "'2024-12-31 2024-01-01 2024-06-15', '1 2 0'"
  })
  void datedOldestFirstThenUndatedInInputOrder(String dates, String expected) {
    assertEquals(indices(expected), ReadingOrder.articles(articles(dates)));
  }
}
