package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import newsbrief.story.DayBrief;
import newsbrief.story.Story;
import newsbrief.story.StoryMention;
import newsbrief.story.StorySection;
import org.junit.jupiter.api.Test;

/** Markdown of a day of several stories; a day of one story is rendered as a plain brief. */
class DayBriefRenderingTest {
  private static final String TALKS = "Talks resumed in Doha on Monday. Both sides sent negotiators.";
  private static final String TALKS_END = "The talks ended without a deal, officials said.";
  private static final String STORM = "A storm closed the port of Valen for two days.";
  private static final String SHOW = "The spring fashion show drew record crowds.";
  private static final String MUSEUM = "A harbour museum opened in Portlow on Wednesday.";

  private static Article article(String id, String text, String outlet, String title, LocalDate date) {
    return new Article(id, "in/" + id + ".txt", text, new ArticleMetadata(Optional.ofNullable(title),
        Optional.ofNullable(outlet), Optional.ofNullable(date), Optional.empty(), Map.of()));
  }

  private static BriefLine line(int source, String text, String sentence, List<Integer> alsoIn) {
    int begin = text.indexOf(sentence);
    return new BriefLine(new Sentence(source, 0, begin, begin + sentence.length(), sentence, List.of()), source, alsoIn, 0.5, 0);
  }

  @Test
  void severalStoriesGetSectionsWithSourcesNumberedAcrossTheDay() throws IOException {
    Article talks = article("talks", TALKS, "Wire One", "Talks resume", LocalDate.of(2024, 11, 1));
    Article talksEnd = article("talks-end", TALKS_END, "Daily Two", null, LocalDate.of(2024, 11, 3));
    Article storm = article("storm", STORM, null, null, null);
    Article stormAgain = article("storm-again", STORM, "Coast Radio", null, LocalDate.of(2024, 11, 2));
    Article show = article("show", SHOW, "Daily Two", "Record crowds at spring show", LocalDate.of(2024, 11, 2));
    Article museum = article("museum", MUSEUM, null, null, LocalDate.of(2024, 11, 2));
    List<Article> articles = List.of(talks, talksEnd, storm, stormAgain, show, museum);
    StorySection first = new StorySection(Story.of(0, 1), "Talks resume",
        new Brief(List.of(talks, talksEnd), List.of(
            line(0, TALKS, "Talks resumed in Doha on Monday.", List.of()),
            line(1, TALKS_END, TALKS_END, List.of(0))), Budget.words(60), 3));
    StorySection second = new StorySection(Story.of(2, 3), "A storm closed the port of Valen for two days",
        new Brief(List.of(stormAgain, storm), List.of(line(0, STORM, STORM, List.of(1))), Budget.words(40), 2));
    DayBrief day = new DayBrief(articles, List.of(first, second),
        List.of(new StoryMention(Story.of(4), "Record crowds at spring show", List.of(show))), List.of(Story.of(5)),
        Budget.words(100));
    TestSupport.assertGolden("newsbrief/render/day-brief.md", new MarkdownRenderer().render(day));
  }

  @Test
  void aDayOfOneStoryIsRenderedAsItsBrief() {
    Article talks = article("talks", TALKS, "Wire One", "Talks resume", LocalDate.of(2024, 11, 1));
    Brief brief = new Brief(List.of(talks), List.of(line(0, TALKS, "Talks resumed in Doha on Monday.", List.of())),
        Budget.words(200), 2);
    DayBrief day = new DayBrief(List.of(talks), List.of(new StorySection(Story.of(0), "Talks resume", brief)),
        List.of(), List.of(), Budget.words(200));
    assertEquals(new MarkdownRenderer().render(brief), new MarkdownRenderer().render(day));
  }
}
