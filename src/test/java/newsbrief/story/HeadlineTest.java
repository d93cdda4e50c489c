package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Sentence;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {
  private static final String TEXT = "The river Lune burst its banks after three days of storms, the mayor of Marden said on Thursday.";

  private static Article article(String id, String title) {
    return new Article(id, id, TEXT, new ArticleMetadata(Optional.ofNullable(title), Optional.empty(),
        Optional.of(LocalDate.of(2024, 11, 28)), Optional.empty(), Map.of()));
  }

  private static BriefLine line(int source, List<Integer> alsoIn, double score) {
    return new BriefLine(new Sentence(source, 0, 0, TEXT.length(), TEXT, List.of()), source, alsoIn, score, 0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Storms flooded Marden.|12|Storms flooded Marden",
      "One two three four five, six seven.|5|One two three four five\u2026",
      "One two three four five six seven.|7|One two three four five six seven",
      "Wait...|3|Wait...",
      "''|3|''"})
  void sentencesAreCutToAFewWords(String sentence, int words, String headline) {
    assertEquals(headline, Headline.trim(sentence, words));
  }

  @Test
  void headlinesTakeOneLine() {
    assertEquals("Storms flooded the town of Marden", Headline.trim(" Storms flooded   the\ttown\nof Marden. ", 12));
  }

  @Test
  void theTitleOfTheArticleBehindTheBestLineComesFirst() {
    Brief brief = new Brief(List.of(article("a", "First title"), article("b", "Second title")),
        List.of(line(0, List.of(), 0.2), line(1, List.of(), 0.7)), Budget.words(100), 2);
    assertEquals("Second title", Headline.of(brief, 12));
  }

  @Test
  void aCorroboratingArticlesTitleServesWhenTheSourceHasNone() {
    Brief brief = new Brief(List.of(article("a", null), article("b", "Corroborated")),
        List.of(line(0, List.of(1), 0.9)), Budget.words(100), 2);
    assertEquals("Corroborated", Headline.of(brief, 12));
  }

  @Test
  void withoutTitlesTheBestLineIsCut() {
    Brief brief = new Brief(List.of(article("a", null)), List.of(line(0, List.of(), 0.9)), Budget.words(100), 1);
    assertEquals("The river Lune burst its banks\u2026", Headline.of(brief, 6));
  }

  @Test
  void aBriefWithoutLinesIsNamedByItsFirstSource() {
    assertEquals("a", Headline.of(new Brief(List.of(article("a", null)), List.of(), Budget.words(100), 0), 12));
  }
}
