package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Sentence;
import newsbrief.TestSupport;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static final String FIRST = "Talks resumed in Doha on Monday. Both sides sent negotiators.";
  private static final String SECOND = "The talks ended without a deal, officials said.";

  private static Article article(String id, String text, String outlet, String title, LocalDate date) {
    ArticleMetadata meta = new ArticleMetadata(Optional.ofNullable(title), Optional.ofNullable(outlet),
        Optional.ofNullable(date), Optional.empty(), Map.of());
    return new Article(id, "in/" + id + ".txt", text, meta);
  }

  private static Sentence sentence(int article, int position, String text, String sentence) {
    int begin = text.indexOf(sentence);
    return new Sentence(article, position, begin, begin + sentence.length(), sentence, List.of());
  }

  @Test
  void rendersTitleCountsBulletsCitationsAndSources() throws IOException {
    Article a = article("a", FIRST, "Wire One", "Talks resume", LocalDate.of(2024, 11, 1));
    Article b = article("b", SECOND, "Daily Two", null, LocalDate.of(2024, 11, 3));
    Article c = article("c", SECOND, null, null, null);
    Brief brief = new Brief(List.of(a, b, c), List.of(
        new BriefLine(sentence(0, 0, FIRST, "Talks resumed in Doha on Monday."), 0, List.of(), 0.4, 1),
        new BriefLine(sentence(1, 0, SECOND, SECOND), 1, List.of(2), 0.6, 0)),
        Budget.words(200), 3);
    TestSupport.assertGolden("newsbrief/render/brief.md", new MarkdownRenderer().render(brief));
  }

  @Test
  void singleUndatedArticleSaysSo() {
    Article only = article("only", SECOND, null, null, null);
    Brief brief = new Brief(List.of(only), List.of(new BriefLine(sentence(0, 0, SECOND, SECOND), 0, List.of(), 1.0, 0)),
        Budget.sentences(1), 1);
    String markdown = new MarkdownRenderer().render(brief);
    assertTrue(markdown.startsWith("# Daily brief\n\n1 article; it states no date. 1 sentence, 8 words.\n"), markdown);
    assertTrue(markdown.contains("1. Outlet not stated, date not stated (in/only.txt)\n"), markdown);
  }

  @Test
  void oneDayRangeShowsOneDate() {
    Article a = article("a", FIRST, "Wire One", null, LocalDate.of(2025, 1, 15));
    Brief brief = new Brief(List.of(a), List.of(), Budget.words(10), 0);
    assertEquals("# Daily brief, 2025-01-15", new MarkdownRenderer().render(brief).lines().findFirst().orElseThrow());
  }
}
