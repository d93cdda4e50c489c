package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.NearDuplicate;
import newsbrief.Sentence;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static final String FIRST = "Talks resumed in Doha on Monday,\nafter a   week of delays. Both sides sent negotiators.";
  private static final String SECOND = "The talks resumed in Doha on Monday after a week of delays, officials said.";

  private static Brief brief() {
    Article a = new Article("a", "in/a.txt", FIRST, new ArticleMetadata(Optional.of("Talks resume"), Optional.of("Wire One"),
        Optional.of(LocalDate.of(2024, 11, 1)), Optional.empty(), Map.of()));
    Article b = new Article("b", "in/b.txt", SECOND, ArticleMetadata.EMPTY);
    String quoted = "Talks resumed in Doha on Monday,\nafter a   week of delays.";
    Sentence first = new Sentence(0, 0, 0, quoted.length(), quoted, List.of());
    Sentence echo = new Sentence(1, 0, 0, SECOND.length(), SECOND, List.of());
    BriefLine line = BriefLine.explained(first, 0, 0.5, 0, 1, List.of(new NearDuplicate(echo, 1, 0.62)));
    return new Brief(List.of(a, b), List.of(line), Budget.words(50), 3);
  }

  @Test
  void oneLinePerSentenceWhenNotWrapped() {
    assertEquals("""
        Brief, 2024-11-01
        2 articles from 1 outlet; 1 states no date. 1 sentence, 11 words.

        1. Talks resumed in Doha on Monday, after a week of delays. [1] (also in [2])

        Sources
        [1] Wire One, "Talks resume", 2024-11-01 (in/a.txt)
        [2] Outlet not stated, date not stated (in/b.txt)
        """, new TextRenderer(0, false).render(brief()));
  }

  @Test
  void wrapsToTheWidthWithHangingIndents() {
    String text = new TextRenderer(30, true).render(brief());
    for (String line : text.lines().toList()) {
      assertTrue(line.length() <= 30 || !line.strip().contains(" "), line);
    }
    assertTrue(text.contains("\n1. Talks resumed in Doha on\n   Monday, after a week of\n"), text);
    assertTrue(text.contains("\n   why: centrality 0.5000, 1st\n        of 3 sentences; chosen\n"), text);
  }

  @Test
  void explanationNamesTheSentencesKeptOutWithTheirCosine() {
    String text = new TextRenderer(0, true).render(brief());
    assertTrue(text.contains("   why: centrality 0.5000, 1st of 3 sentences; chosen 1st of 1; kept out 1 sentence saying "
        + "the same: [2] \"The talks resumed in Doha on Monday after a week of delays,...\" (cosine 0.62)\n"), text);
  }

  @Test
  void ordinals() {
    assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd"),
        List.of(1, 2, 3, 4, 11, 12, 13, 21, 102).stream().map(Explanations::ordinal).toList());
  }
}
