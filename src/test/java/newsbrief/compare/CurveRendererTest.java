package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import newsbrief.TestSupport;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

/** The ROUGE curve as people read it, on a curve made by hand. */
class CurveRendererTest {
  static LengthCurve madeUp() {
    return new LengthCurve("dev", BudgetList.words(25, 50, 100, 200), List.of(
        new CurvePoint(Budget.words(25), 23.5, new Recall(0.1, 0.02), new Recall(0.02, 0.004)),
        new CurvePoint(Budget.words(50), 48.25, new Recall(0.2, 0.05), new Recall(0.15, 0.03)),
        new CurvePoint(Budget.words(100), 97.0, new Recall(0.35, 0.09), new Recall(0.32, 0.08)),
        new CurvePoint(Budget.words(200), 198.0, new Recall(0.5, 0.14), new Recall(0.5, 0.14))), 3, 1);
  }

  @Test
  void theFileMatchesItsGolden() throws IOException {
    TestSupport.assertGolden("newsbrief/compare/length-curve.md",
        new CurveRenderer().render(madeUp(), "newsbrief compare --eval dev --words 25,50,100,200", "length-curve-dev.svg"));
  }

  @Test
  void theTableGivesTheGainPerHundredWordsAndTheKnee() {
    String table = new CurveRenderer().table(madeUp());
    assertTrue(table.contains("3 clusters scored (1 left out: no reference summaries, or no sentence)"), table);
    assertTrue(table.contains("| 50 | 48.3 | 0.2000 | 0.0500 | 0.4000 | 0.1200 | 0.1500 | 0.0300 |"), table);
    assertTrue(table.contains("| 200 | 198.0 | 0.5000 | 0.1400 | 0.1500 | 0.0500 | 0.5000 | 0.1400 |"), table);
    assertTrue(table.contains("ROUGE-1 at 100 words, ROUGE-2 at 100 words."), table);
  }

  @Test
  void theChartHasBothRougesOfBothBriefs() {
    LineChart chart = new CurveRenderer().chart(madeUp());
    assertEquals(List.of("ROUGE-1 recall, brief", "ROUGE-2 recall, brief", "ROUGE-1 recall, nested brief",
        "ROUGE-2 recall, nested brief"), chart.series().stream().map(ChartSeries::name).toList());
    assertEquals(List.of(25.0, 50.0, 100.0, 200.0), chart.marks());
    assertEquals("mean ROUGE recall", chart.yAxisTitle());
  }
}
