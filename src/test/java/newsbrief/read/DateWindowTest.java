package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateWindowTest {
  private static Article dated(String origin, String date) {
    return new Article(origin, origin, "Text.", new ArticleMetadata(Optional.empty(), Optional.empty(),
        Optional.ofNullable(date).map(LocalDate::parse), Optional.empty(), Map.of()));
  }

  private static List<String> origins(List<Article> articles) {
    return articles.stream().map(Article::origin).toList();
  }

  @ParameterizedTest(name = "{0}..{1} contains {2}: {3}")
  @CsvSource({
    "2024-11-01, 2024-11-30, 2024-11-01, true",
    "2024-11-01, 2024-11-30, 2024-11-30, true",
    "2024-11-01, 2024-11-30, 2024-10-31, false",
    "2024-11-01, 2024-11-30, 2024-12-01, false",
    "2024-11-01,           , 2030-01-01, true",
    "2024-11-01,           , 2024-10-31, false",
    "          , 2024-11-30, 1990-01-01, true",
    "          , 2024-11-30, 2024-12-01, false",
    "          ,           , 2024-12-01, true",
    "2024-11-28, 2024-11-28, 2024-11-28, true",
  })
  void containsBothEnds(String since, String until, LocalDate day, boolean expected) {
    assertEquals(expected, DateWindow.parse(since, until).contains(day));
  }

  @Test
  void keepsInsideAndUndatedLeavesOutOutsideAndReports() {
    List<Article> articles = List.of(dated("in.txt", "2024-11-28"), dated("early.txt", "2024-10-02"),
        dated("undated.txt", null), dated("late.txt", "2024-12-01"));
    DateWindow.Result result = DateWindow.parse("2024-11-01", "2024-11-30").apply(articles);
    assertEquals(List.of("in.txt", "undated.txt"), origins(result.kept()));
    assertEquals(List.of("early.txt", "late.txt"), origins(result.outside()));
    assertEquals(List.of("undated.txt"), origins(result.undated()));
    assertEquals(List.of(
        "2 articles left out, dated outside the window 2024-11-01 to 2024-11-30: early.txt (2024-10-02), late.txt (2024-12-01)",
        "1 article without a date kept (the window 2024-11-01 to 2024-11-30 cannot apply to it; "
            + "add a date in a .meta sidecar to filter it): undated.txt"), result.messages());
  }

  @Test
  void emptyOneTwo() {
    DateWindow window = DateWindow.parse("2024-11-01", null);
    assertEquals(List.of(), window.apply(List.of()).messages());
    assertEquals(List.of(), window.apply(List.of(dated("a.txt", "2024-11-02"))).messages());
    assertEquals(List.of("2 articles without a date kept (the window from 2024-11-01 cannot apply to them; "
            + "add a date in a .meta sidecar to filter them): a.txt, b.txt"),
        window.apply(List.of(dated("a.txt", null), dated("b.txt", null))).messages());
  }

  @Test
  void anOpenWindowKeepsEverythingAndReportsNothing() {
    List<Article> articles = List.of(dated("a.txt", null), dated("b.txt", "1999-01-01"));
    DateWindow.Result result = DateWindow.ALL.apply(articles);
    assertEquals(articles, result.kept());
    assertEquals(List.of(), result.messages());
    assertTrue(DateWindow.parse(" ", null).isOpen());
    assertFalse(DateWindow.parse(null, "2024-01-01").isOpen());
  }

  @Test
  void longListsAreCut() {
    List<Article> articles = IntStream.rangeClosed(1, 7).mapToObj(i -> dated("u" + i + ".txt", "2020-01-0" + i)).toList();
    assertEquals(List.of("7 articles left out, dated outside the window up to 2019-12-31: u1.txt (2020-01-01), "
            + "u2.txt (2020-01-02), u3.txt (2020-01-03), u4.txt (2020-01-04), u5.txt (2020-01-05) and 2 more"),
        DateWindow.parse(null, "2019-12-31").apply(articles).messages());
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
    "28/11/2024 |            | --since: '28/11/2024' is not a date (write YYYY-MM-DD, e.g. 2024-11-28)",
    "           | 2024-02-30 | --until: '2024-02-30' is not a date (write YYYY-MM-DD, e.g. 2024-11-28)",
    "2024-12-01 | 2024-11-01 | --since: 2024-12-01 is after --until 2024-11-01 (no article can be in this window; swap the dates)",
  })
  void badWindows(String since, String until, String message) {
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> DateWindow.parse(since, until));
    assertEquals(message, e.getMessage());
  }
}
