package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.Article;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.TestSupport;
import newsbrief.annotate.SimpleSentenceSplitter;
import newsbrief.render.MarkdownRenderer;
import newsbrief.select.Budget;
import newsbrief.select.Length;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day's brief, from the ladder of small days to the invented day of three stories and the seeds. */
class StoryBrieferTest {
  private static final Summarizer SUMMARIZER = new Summarizer(new SimpleSentenceSplitter());
  private static final Budget BUDGET = Budget.words(120);
  private static final StoryBriefer BRIEFER = new StoryBriefer(SUMMARIZER, StoryOptions.defaults());
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  private static final String FLOOD = "Heavy rain flooded the coastal town of Marden on Friday, and rescue teams "
      + "reached stranded families by boat. The river burst its banks after three days of storms, the mayor of Marden said.";
  private static final String FLOOD_AGAIN = "Rescue teams in boats reached families stranded by the flood in Marden, "
      + "where the river burst its banks on Friday after days of storms. The mayor said the town had never seen such rain.";
  private static final String RATES = "The central bank raised interest rates by half a point on Tuesday to curb inflation. "
      + "Markets had expected the increase, and bond yields barely moved, traders said.";

  @Test
  void noArticlesGiveNoStories() {
    DayBrief day = BRIEFER.brief(List.of(), BUDGET);
    assertEquals(0, day.storyCount());
    assertEquals(List.of(), day.sections());
    assertEquals(List.of(), day.alsoReported());
  }

  @Test
  void oneArticleIsTheSummarizersBriefOfIt() {
    List<Article> one = List.of(Article.of("a", FLOOD));
    DayBrief day = BRIEFER.brief(one, BUDGET);
    assertTrue(day.isSingleStory());
    assertEquals(SUMMARIZER.summarize(one, BUDGET), day.sections().get(0).brief());
    assertEquals(RENDERER.render(SUMMARIZER.summarize(one, BUDGET)), RENDERER.render(day));
  }

  @Test
  void twoUnrelatedArticlesGetASectionEach() {
    DayBrief day = BRIEFER.brief(List.of(Article.of("a", FLOOD), Article.of("b", RATES)), BUDGET);
    assertEquals(2, day.storyCount());
    assertEquals(2, day.sections().size());
    assertEquals(List.of(), day.alsoReported());
    assertEquals(List.of(List.of("a"), List.of("b")),
        day.sections().stream().map(s -> s.brief().sources().stream().map(Article::id).toList()).toList());
  }

  @Test
  void twoReportsOfOneEventAreRenderedAsToday() {
    List<Article> two = List.of(Article.of("a", FLOOD), Article.of("b", FLOOD_AGAIN));
    DayBrief day = BRIEFER.brief(two, BUDGET);
    assertTrue(day.isSingleStory());
    assertEquals(RENDERER.render(SUMMARIZER.summarize(two, BUDGET)), RENDERER.render(day));
  }

  @Test
  void theInventedDayHasASectionPerStoryCoveredTwiceAndTheRestAlsoReported(@TempDir Path folder) throws IOException {
    DayBrief day = BRIEFER.brief(InventedDay.read(folder), BUDGET);
    assertEquals(3, day.storyCount());
    assertEquals(List.of("Floods cut off Marden", "Central bank lifts rates"),
        day.sections().stream().map(StorySection::headline).toList());
    assertEquals(List.of(List.of("flood-daily", "flood-wire", "flood-evening"), List.of("rates-daily", "rates-wire")),
        day.sections().stream().map(s -> s.brief().sources().stream().map(Article::id).toList()).toList());
    assertEquals(List.of("Harbour museum opens its doors"), day.alsoReported().stream().map(StoryMention::headline).toList());
    assertEquals("museum", day.alsoReported().get(0).sources().get(0).id());
  }

  @Test
  void sectionsShareTheBudgetByCoverage(@TempDir Path folder) throws IOException {
    DayBrief day = BRIEFER.brief(InventedDay.read(folder), BUDGET);
    List<Integer> budgets = day.sections().stream().map(s -> s.brief().budget().limit()).toList();
    assertEquals(List.of(72, 48), budgets);
    for (StorySection section : day.sections()) {
      assertTrue(section.brief().wordCount() <= section.brief().budget().limit(), section.headline());
      assertTrue(section.brief().lines().size() >= 1, section.headline());
    }
    assertTrue(day.wordCount() <= 120);
  }

  @Test
  void maxSectionsMovesTheOtherStoriesToAlsoReported(@TempDir Path folder) throws IOException {
    DayBrief day = new StoryBriefer(SUMMARIZER, StoryOptions.defaults().withMaxSections(1)).brief(InventedDay.read(folder), BUDGET);
    assertEquals(1, day.sections().size());
    assertEquals(120, day.sections().get(0).brief().budget().limit());
    assertEquals(List.of("Central bank lifts rates", "Harbour museum opens its doors"),
        day.alsoReported().stream().map(StoryMention::headline).toList());
    assertEquals(2, day.alsoReported().get(0).sources().size());
  }

  /** By default each section has a length of its own: the most covered 80 words, the least 50. */
  @Test
  void eachSectionGetsALengthOfItsOwnByCoverageAndSingleArticlesFillTheSectionsLeft(@TempDir Path folder) throws IOException {
    DayBrief day = BRIEFER.brief(InventedDay.read(folder), DayLength.defaults());
    assertEquals(List.of(80, 50, 50), day.sections().stream().map(s -> s.brief().budget().limit()).toList());
    assertEquals(List.of("Floods cut off Marden", "Central bank lifts rates", "Harbour museum opens its doors"),
        day.sections().stream().map(StorySection::headline).toList());
    assertEquals(List.of(), day.alsoReported());
    assertEquals(Budget.words(180), day.budget());
    for (StorySection section : day.sections()) {
      assertTrue(section.brief().wordCount() <= section.brief().budget().limit(), section.headline());
    }
  }

  @Test
  void sectionsOfTheirOwnLengthStopAtTheirCap(@TempDir Path folder) throws IOException {
    DayBrief day = BRIEFER.brief(InventedDay.read(folder), new DayLength.PerSection(50, 80, 1, Budget.words(200)));
    assertEquals(List.of(80), day.sections().stream().map(s -> s.brief().budget().limit()).toList());
    assertEquals(2, day.alsoReported().size());
    DayBrief capped = new StoryBriefer(SUMMARIZER, StoryOptions.defaults().withMaxSections(1))
        .brief(InventedDay.read(folder), DayLength.defaults());
    assertEquals(1, capped.sections().size());
  }

  @Test
  void aDayOfOneStoryGetsTheLengthOfAWholeBrief() {
    List<Article> two = List.of(Article.of("a", FLOOD), Article.of("b", FLOOD_AGAIN));
    DayBrief day = BRIEFER.brief(two, new DayLength.PerSection(50, 80, 8, Budget.words(30)));
    assertTrue(day.isSingleStory());
    assertEquals(Budget.words(30), day.sections().get(0).brief().budget());
  }

  @Test
  void noArticlesGiveNoSectionsWhateverTheLength() {
    assertEquals(List.of(), BRIEFER.brief(List.of(), DayLength.defaults()).sections());
  }

  /** Every source is numbered once, 1 to n, across sections; every citation points at one of them. */
  @Test
  void sourcesAreNumberedAcrossTheWholeDay(@TempDir Path folder) throws IOException {
    List<Article> articles = InventedDay.read(folder);
    String markdown = RENDERER.render(BRIEFER.brief(articles, BUDGET));
    List<Integer> numbered = Pattern.compile("(?m)^(\\d+)\\. ").matcher(markdown).results()
        .map(m -> Integer.parseInt(m.group(1))).toList();
    assertEquals(List.of(1, 2, 3, 4, 5, 6), numbered, markdown);
    Matcher cited = Pattern.compile("\\[(\\d+)]").matcher(markdown);
    while (cited.find()) {
      int n = Integer.parseInt(cited.group(1));
      assertTrue(n >= 1 && n <= articles.size(), "citation [" + n + "] has no source:\n" + markdown);
    }
    assertTrue(markdown.contains("\n## Floods cut off Marden\n"), markdown);
    assertTrue(markdown.contains("\n## Also reported\n\n- Harbour museum opens its doors [6]\n"), markdown);
  }

  /** The five seeds are one story, so the committed daily brief must not change by a byte. */
  @Test
  void theSeedBriefIsUnchanged() throws IOException {
    DayBrief day = new StoryBriefer(new Summarizer(TestSupport.coreNlp()), StoryOptions.defaults())
        .brief(TestSupport.corpus(), Length.DEFAULT.budgetFor(0));
    assertTrue(day.isSingleStory(), "the seeds were split into " + day.storyCount() + " stories");
    Path committed = TestSupport.projectDir().resolve("summaries/daily-brief.md");
    assertEquals(Files.readString(committed, StandardCharsets.UTF_8), RENDERER.render(day));
  }
}
