package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Sentence;
import newsbrief.TestSupport;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

/**
 * The comparison as people read it, on a comparison made by hand so that no setting of the
 * summarizer can change it: an empty brief, a full one, one that adds a sentence of a fact it
 * already has and runs out of sentences worth taking, references.
 */
class ComparisonRendererTest {
  private static final Article WIRE = new Article("wire", "story/wire.txt", "", new ArticleMetadata(
      Optional.of("Flood in Marden"), Optional.of("Wire Service"), Optional.of(LocalDate.of(2024, 3, 1)),
      Optional.empty(), Map.of()));
  private static final Article LOCAL = new Article("local", "story/local.txt", "", new ArticleMetadata(
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
  /** Sentence 0 and 1 report one fact; 2, 3 and 4 a fact each. */
  private static final Sentence RAIN = sentence(0, 0, "Heavy rain flooded the river town of Marden on Friday,\nforcing families out.");
  private static final Sentence RAIN_AGAIN = sentence(1, 1, "Rain flooded Marden on Friday.");
  private static final Sentence LEAD = sentence(1, 0, "The river at Marden fell overnight and families returned home.");
  private static final Sentence WALL = sentence(0, 2, "The flood wall failed near the old mill.");
  private static final CorpusFacts FACTS = new CorpusFacts(List.of(new CorpusFacts.Fact(List.of(0, 1), 2),
      new CorpusFacts.Fact(List.of(2), 1), new CorpusFacts.Fact(List.of(3), 1), new CorpusFacts.Fact(List.of(4), 1)));

  private static Sentence sentence(int article, int position, String text) {
    return new Sentence(article, position, 0, text.length(), text, List.of(text.split(" ")));
  }

  private static ComparedBrief brief(int limit, List<BriefLine> lines, List<Integer> chosen, List<Integer> added,
      List<Integer> newFacts, BriefMeasures measures, Recall ofReferences, boolean same, OptionalInt left) {
    Brief brief = new Brief(List.of(WIRE, LOCAL), lines, Budget.words(limit), 5);
    return new ComparedBrief(Budget.words(limit), brief, chosen, added, newFacts, measures, Optional.of(ofReferences),
        same, left);
  }

  static LengthComparison madeUp() {
    return new LengthComparison("story", BudgetList.words(5, 20, 60), List.of(
        brief(5, List.of(), List.of(), List.of(), List.of(), new BriefMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0), Recall.ZERO,
            false, OptionalInt.of(6)),
        brief(20, List.of(new BriefLine(WALL, 0, List.of(), 0.2, 1), new BriefLine(LEAD, 1, List.of(0), 0.3, 0)),
            List.of(2, 4), List.of(2, 4), List.of(1, 3), new BriefMeasures(18, 2, 2, 18, 2, 1, 2, 2, 0),
            new Recall(0.2, 0.05), true, OptionalInt.of(6)),
        brief(60, List.of(new BriefLine(RAIN, 0, List.of(), 0.25, 2), new BriefLine(WALL, 0, List.of(), 0.2, 1),
                new BriefLine(LEAD, 1, List.of(0), 0.3, 0), new BriefLine(RAIN_AGAIN, 1, List.of(0), 0.1, 3)),
            List.of(2, 4, 0, 1), List.of(0, 1), List.of(0), new BriefMeasures(35, 4, 2, 17, 2, 1, 3, 1, 1),
            new Recall(0.3, 0.1), false, OptionalInt.empty())),
        5, 55, 2, FACTS, "A fact is made up.", true, true);
  }

  @Test
  void theFileMatchesItsGolden() throws IOException {
    TestSupport.assertGolden("newsbrief/compare/length-comparison.md",
        new ComparisonRenderer().render(madeUp(), "newsbrief compare story --words 5,20,60", "length-comparison.svg"));
  }

  @Test
  void longerBriefsMarkWhatTheyAddAndWhetherItIsANewFact() {
    String markdown = new ComparisonRenderer().render(madeUp(), "newsbrief compare story", "chart.svg");
    assertTrue(markdown.contains("- **new** The flood wall failed near the old mill. [1]\n"), markdown);
    assertTrue(markdown.contains("- The river at Marden fell overnight and families returned home. [2] (also in [1])\n"));
    assertTrue(markdown.contains("- **new** Heavy rain flooded the river town of Marden on Friday, forcing families out. [1]\n"),
        "a sentence's line breaks are spaces in a bullet");
    assertTrue(markdown.contains("- **new** (no new fact) Rain flooded Marden on Friday. [2] (also in [1])\n"), markdown);
    assertTrue(markdown.contains("### 60 words: 35 words, 4 sentences, 3 facts (1 new), 9 s to read\n"), markdown);
    assertTrue(markdown.contains("Every shorter brief here is contained in each longer one (checked)."));
    assertFalse(markdown.contains("Left out although"), "nested briefs leave nothing out");
  }

  @Test
  void theTableHasOneRowPerBudgetAndSaysWhyABriefIsNotFull() {
    String table = new ComparisonRenderer().table(madeUp());
    assertTrue(table.contains("2 articles (2 independent reports), 5 candidate sentences, 55 words, 4 facts (1 told by two "
        + "or more reports). Budgets: 5, 20 and 60 words."), table);
    assertEquals(3, table.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count(), table);
    assertTrue(table.contains("| 5 | 0 | 0% | 0 s | 0 | 0 | 0 | 0 | - | 0 of 1 | 0 | 0 | 0.000 | 0.000 | differs |"), table);
    assertTrue(table.contains("| 20 | 18 | 90% | 5 s | 2 | 2 | 2 | 2 | 11.1 | 0 of 1 | 2 | 1 | 0.200 | 0.050 | same |"), table);
    assertTrue(table.contains("- 5 words: 0 words (0%): no sentence fits; the shortest has 6 words (give a larger budget)"));
    assertTrue(table.contains("- 60 words: 35 words (58%): the corpus has run out of sentences worth taking: its one other "
        + "sentence says the same as one in the brief\n"), table);
    assertFalse(table.contains("- 20 words"), "a full brief needs no note");
  }

  @Test
  void theChartHasFactsAndWhatNewWordsBuyAndRougeAgainstBudgetWithEveryBudgetMarked() {
    LineChart chart = new ComparisonRenderer().chart(madeUp());
    assertEquals(List.of("facts", "facts told by 2+ reports", "new facts per 100 new words",
        "ROUGE-1 recall of the references", "ROUGE-2 recall of the references"),
        chart.series().stream().map(ChartSeries::name).toList());
    assertEquals(List.of("facts covered", "new facts per 100 new words", "ROUGE recall of the references"),
        chart.panels().stream().map(ChartPanel::yAxisTitle).toList());
    assertEquals(List.of(5.0, 20.0, 60.0), chart.marks());
    assertEquals("budget (words)", chart.xAxisTitle());
    assertEquals(List.of(0.0, 2.0, 3.0), chart.series().get(0).y());
    assertEquals(0.0, chart.series().get(2).y().get(0), "nothing new: 0 on the chart, - in the table");
  }

  @Test
  void readingTimesAndShares() {
    assertEquals("0 s", ComparisonRenderer.readingTime(0));
    assertEquals("59 s", ComparisonRenderer.readingTime(59));
    assertEquals("1 min", ComparisonRenderer.readingTime(60));
    assertEquals("1 min 40 s", ComparisonRenderer.readingTime(100));
    assertEquals("96%", ComparisonRenderer.percent(48, 50));
  }
}
