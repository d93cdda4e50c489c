package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefReport;
import newsbrief.BriefRequest;
import newsbrief.BriefLine;
import newsbrief.Sentence;
import newsbrief.SummaryOptions;
import newsbrief.read.DateWindow;
import newsbrief.read.DuplicateFilter;
import newsbrief.read.InputBatch;
import newsbrief.read.PreparedInput;
import newsbrief.select.Budget;
import newsbrief.story.DayBrief;
import newsbrief.story.Story;
import newsbrief.story.StoryOptions;
import newsbrief.story.StorySection;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 11: a brief lists the sources it cites, not every article read (3,532 of 20,000
 * files were listed), and an "also in" names at most five articles (one line held 90,000
 * characters). The same numbers in text, Markdown and JSON.
 */
class CitedSourcesTest {
  private static final String TEXT = "The council approved the budget on Tuesday after a long debate about schools.";

  /** 50 articles; line 1 quotes article 0, said the same by articles 1 to 40; line 2 quotes article 45. */
  private static Brief manySources() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      articles.add(new Article("a" + i, "in/a" + i + ".txt", TEXT,
          new ArticleMetadata(Optional.empty(), Optional.of("Outlet " + i), Optional.empty(), Optional.empty(), Map.of())));
    }
    Sentence first = new Sentence(0, 0, 0, TEXT.length(), TEXT, List.of());
    Sentence second = new Sentence(45, 0, 0, TEXT.length(), TEXT, List.of());
    List<BriefLine> lines = List.of(
        new BriefLine(first, 0, IntStream.rangeClosed(1, 40).boxed().toList(), 0.5, 0),
        new BriefLine(second, 45, List.of(), 0.4, 1));
    return new Brief(articles, lines, Budget.sentences(2), 50);
  }

  @Test
  void listsOnlyCitedSourcesAndCapsAlsoIn() {
    CitedSources cited = CitedSources.of(manySources());
    assertEquals(7, cited.listed().size());
    assertEquals(43, cited.notCited());
    assertEquals(List.of(1, 2, 3, 4, 5), cited.alsoIn(0));
    assertEquals(35, cited.moreAlsoIn(0));
    assertEquals("[2], [3], [4], [5], [6] and 35 more", cited.alsoInText(0, 1));
    assertEquals(7, cited.number(45));
    assertEquals(0, cited.number(30));
  }

  @Test
  void markdownListsTheCitedAndCountsTheOthers() {
    String markdown = new MarkdownRenderer().render(manySources());
    assertTrue(markdown.contains("7 articles from 7 outlets; none states a date; 43 more were read but not cited. 2 sentences,"),
        markdown);
    assertTrue(markdown.contains(TEXT + " [1] (also in [2], [3], [4], [5], [6] and 35 more)\n"), markdown);
    assertTrue(markdown.contains(TEXT + " [7]\n"), markdown);
    assertTrue(markdown.contains("\n7. Outlet 45, date not stated (in/a45.txt)\n"), markdown);
    assertFalse(markdown.contains("in/a30.txt") || markdown.contains("\n8. "), markdown);
  }

  @Test
  void textListsTheSameSources() {
    String text = new TextRenderer(0, false).render(manySources());
    assertTrue(text.contains(TEXT + " [1] (also in [2], [3], [4], [5], [6] and 35 more)\n"), text);
    assertTrue(text.contains("[7] Outlet 45"), text);
    assertFalse(text.contains("in/a30.txt"), text);
  }

  @Test
  void jsonNumbersAsTheTextDoes() throws Exception {
    Brief brief = manySources();
    PreparedInput input = PreparedInput.of(new InputBatch(brief.sources(), List.of(), List.of()), DateWindow.parse(null, null),
        new DuplicateFilter());
    DayBrief day = new DayBrief(brief.sources(), List.of(new StorySection(
        new Story(IntStream.range(0, 50).boxed().toList()), "Budget", brief)), List.of(), List.of(), brief.budget());
    BriefReport report = new BriefReport(BriefRequest.of("in"), day, brief.budget(), input, List.of(), 6, 1,
        SummaryOptions.defaults(), StoryOptions.defaults());
    JsonNode json = new ObjectMapper().readTree(new JsonRenderer(false).render(report)).get("stories").get(0).get("brief");
    assertEquals(7, json.get("articleCount").asInt());
    assertEquals(43, json.get("articlesNotCited").asInt());
    assertEquals(7, json.get("sources").size());
    assertEquals(5, json.get("sentences").get(0).get("alsoIn").size());
    assertEquals(35, json.get("sentences").get(0).get("alsoInMore").asInt());
    assertEquals(7, json.get("sentences").get(1).get("source").asInt());
    assertEquals("in/a45.txt", json.get("sources").get(6).get("origin").asText());
  }
}
