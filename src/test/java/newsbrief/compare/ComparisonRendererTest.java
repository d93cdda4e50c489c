package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
 * summarizer can change it: an empty brief, one that leaves out a line of a shorter one, a budget
 * above the corpus, references.
 */
class ComparisonRendererTest {
  private static final Article WIRE = new Article("wire", "story/wire.txt", "", new ArticleMetadata(
      Optional.of("Flood in Marden"), Optional.of("Wire Service"), Optional.of(LocalDate.of(2024, 3, 1)),
      Optional.empty(), Map.of()));
  private static final Article LOCAL = new Article("local", "story/local.txt", "", new ArticleMetadata(
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
  private static final Sentence LEAD = sentence(1, 0, "The river at Marden fell overnight and families returned home.");
  private static final Sentence WALL = sentence(0, 2, "The flood wall failed near the old mill.");
  private static final Sentence RAIN = sentence(0, 0, "Heavy rain flooded the river town of Marden on Friday,\nforcing families out.");

  private static Sentence sentence(int article, int position, String text) {
    return new Sentence(article, position, 0, text.length(), text, List.of(text.split(" ")));
  }

  private static ComparedBrief brief(int limit, List<BriefLine> lines, List<Integer> chosen, BriefMeasures measures,
      Recall ofLongest, Recall ofReferences, boolean same, OptionalInt next) {
    Brief brief = new Brief(List.of(WIRE, LOCAL), lines, Budget.words(limit), 5);
    return new ComparedBrief(Budget.words(limit), brief, chosen, measures, ofLongest, Optional.of(ofReferences), same, next);
  }

  static LengthComparison madeUp() {
    BriefLine lead = new BriefLine(LEAD, 1, List.of(0), 0.3, 0);
    BriefLine wall = new BriefLine(WALL, 0, List.of(), 0.2, 1);
    BriefLine rain = new BriefLine(RAIN, 0, List.of(), 0.25, 1);
    return new LengthComparison("story", BudgetList.words(5, 20, 60), List.of(
        brief(5, List.of(), List.of(), new BriefMeasures(0, 0, 0, 0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty()),
            Recall.ZERO, Recall.ZERO, false, OptionalInt.of(10)),
        brief(20, List.of(wall, lead), List.of(4, 2), new BriefMeasures(18, 2, 2, 1, 0.41234, 0.5,
            OptionalDouble.of(0.123), OptionalDouble.of(0.123)), new Recall(0.5, 0.4), new Recall(0.2, 0.05), true,
            OptionalInt.of(13)),
        brief(60, List.of(rain, lead), List.of(4, 0), new BriefMeasures(23, 2, 2, 1, 0.6, 0.55,
            OptionalDouble.of(0.2), OptionalDouble.of(0.2)), new Recall(1, 1), new Recall(0.3, 0.1), true,
            OptionalInt.empty())),
        5, 55, true, true);
  }

  @Test
  void theFileMatchesItsGolden() throws IOException {
    TestSupport.assertGolden("newsbrief/compare/length-comparison.md",
        new ComparisonRenderer().render(madeUp(), "newsbrief compare story --words 5,20,60", "length-comparison.svg"));
  }

  @Test
  void longerBriefsMarkWhatTheyAddAndListWhatTheyLeaveOut() {
    String markdown = new ComparisonRenderer().render(madeUp(), "newsbrief compare story", "chart.svg");
    assertTrue(markdown.contains("- **new** The flood wall failed near the old mill. [1]\n"), markdown);
    assertTrue(markdown.contains("- The river at Marden fell overnight and families returned home. [2] (also in [1])\n"));
    assertTrue(markdown.contains("- **new** Heavy rain flooded the river town of Marden on Friday, forcing families out. [1]\n"),
        "a sentence's line breaks are spaces in a bullet");
    assertTrue(markdown.contains("Left out although the brief at 20 words has them:\n\n- ~~The flood wall failed"));
    assertTrue(markdown.contains("these briefs do not nest"));
    assertFalse(markdown.contains("(checked)"), "the nesting claim is made only when it holds");
  }

  @Test
  void theTableHasOneRowPerBudgetAndNotesForEmptyAndWholeCorpusBriefs() {
    String table = new ComparisonRenderer().table(madeUp());
    assertEquals(3, table.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count(), table);
    assertTrue(table.contains("| 5 | 0 | 0 | 0 | 0 | 0.000 | 0.000 | - | - | 0.000 | 0.000 | 0.000 | 0.000 | differs |"));
    assertTrue(table.contains("- 5 words: no sentence; the first choice alone has 10 words (give a larger budget)"));
    assertTrue(table.contains("- 60 words: the budget is as large as the whole corpus (55 words), so the brief holds every "
        + "sentence the summarizer takes: 2 of 5"));
  }

  @Test
  void theChartHasCentralityAndRougeAgainstBudgetWithEveryBudgetMarked() {
    LineChart chart = new ComparisonRenderer().chart(madeUp());
    assertEquals(List.of("LexRank centrality covered", "ROUGE-1 recall of the longest brief",
        "ROUGE-2 recall of the longest brief", "ROUGE-1 recall of the references", "ROUGE-2 recall of the references"),
        chart.series().stream().map(ChartSeries::name).toList());
    assertEquals(List.of(5.0, 20.0, 60.0), chart.marks());
    assertEquals("budget (words)", chart.xAxisTitle());
    assertEquals(List.of(0.0, 0.41234, 0.6), chart.series().get(0).y());
    assertEquals(Optional.of(1.0), chart.yMax());
  }
}
