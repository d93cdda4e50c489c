package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import newsbrief.TestSupport;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

/** The curve as people read it, on a curve made by hand. */
class CurveRendererTest {
  private static CurveMeasures measures(double words, double rouge1, double rouge2, double facts, double shared) {
    return new CurveMeasures(words, new Recall(rouge1, rouge2), facts, shared);
  }

  static LengthCurve madeUp() {
    return new LengthCurve("dev", BudgetList.words(25, 50, 100, 200), List.of(
        new CurvePoint(Budget.words(25), measures(23.5, 0.1, 0.02, 1.5, 0.5), measures(23.5, 0.1, 0.02, 1.5, 0.5)),
        new CurvePoint(Budget.words(50), measures(48.25, 0.2, 0.05, 2.5, 1.5), measures(48.0, 0.21, 0.06, 3, 1.5)),
        new CurvePoint(Budget.words(100), measures(97.0, 0.35, 0.09, 5, 2.5), measures(98.0, 0.34, 0.09, 6, 2.5)),
        new CurvePoint(Budget.words(200), measures(198.0, 0.5, 0.14, 10, 3), measures(199.0, 0.5, 0.14, 11, 3))),
        3, 1, "A fact is made up.");
  }

  @Test
  void theFileMatchesItsGolden() throws IOException {
    TestSupport.assertGolden("newsbrief/compare/length-curve.md",
        new CurveRenderer().render(madeUp(), "newsbrief compare --eval dev --words 25,50,100,200", "length-curve-dev.svg"));
  }

  @Test
  void theTableGivesTheGainPerHundredWordsFactsPerHundredWordsAndTheKnees() {
    String table = new CurveRenderer().table(madeUp());
    assertTrue(table.contains("3 clusters scored (1 left out: no reference summaries, or no sentence)"), table);
    assertTrue(table.contains("| 50 | 48.3 | 0.2000 | 0.0500 | 0.4000 | 0.1200 | 2.50 | 1.50 | 5.18 | 48.0 | 0.2100 | 0.0600 | 3.00 | 6.25 |"), table);
    assertTrue(table.contains("| 200 | 198.0 | 0.5000 | 0.1400 | 0.1500 | 0.0500 | 10.00 | 3.00 | 5.05 |"), table);
    assertTrue(table.contains("Knee of the brief's curves: ROUGE-1 at 100 words, ROUGE-2 at 100 words, facts at none (the "
        + "curve does not flatten), facts told by 2+ reports at 100 words."), table);
  }

  @Test
  void factsPerHundredWordsAreTheFactsOverTheWords() {
    assertEquals(5.0, new CurveMeasures(200, Recall.ZERO, 10, 2).factsPer100Words(), 1e-12);
    assertEquals(0.0, new CurveMeasures(0, Recall.ZERO, 0, 0).factsPer100Words());
  }

  @Test
  void theChartHasRougeFactsAndFactsPerWordOfBothBriefs() {
    LineChart chart = new CurveRenderer().chart(madeUp());
    assertEquals(List.of("mean ROUGE recall", "mean facts covered", "facts per 100 words"),
        chart.panels().stream().map(ChartPanel::yAxisTitle).toList());
    assertEquals(List.of("ROUGE-1 recall, brief", "ROUGE-2 recall, brief", "ROUGE-1 recall, nested brief",
        "ROUGE-2 recall, nested brief"), chart.panels().get(0).series().stream().map(ChartSeries::name).toList());
    assertEquals(List.of("facts per 100 words, brief", "facts per 100 words, nested brief"),
        chart.panels().get(2).series().stream().map(ChartSeries::name).toList());
    assertEquals(List.of(25.0, 50.0, 100.0, 200.0), chart.marks());
    assertEquals("ROUGE and facts against brief length: dev (3 clusters)", chart.title());
  }
}
