package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsbrief.Article;
import newsbrief.NewsbriefException;
import newsbrief.eval.DucCluster;
import org.junit.jupiter.api.Test;

/** The curve over made-up clusters: one point per budget, clusters without references left out and counted. */
class LengthCurveEvaluatorTest {
  private static final List<List<String>> REFERENCES = List.of(
      List.of("Storms flooded Marden and forced families from their homes; a flood wall failed near the old mill."),
      List.of("The river at Marden rose after storms, rescue teams used boats, and families later returned home."));
  private static final DucCluster FLOOD = new DucCluster("flood", CompareFixtures.FLOOD_STORY, REFERENCES);
  private static final DucCluster UNREFERENCED = new DucCluster("bare", CompareFixtures.FLOOD_STORY, List.of());
  private static final DucCluster FURNITURE = new DucCluster("menu",
      List.of(Article.of("menu", "Home\n\nSHARE:\n\nLeave a Reply\n")), REFERENCES);

  private final LengthCurveEvaluator evaluator = new LengthCurveEvaluator(CompareFixtures.SUMMARIZER);

  @Test
  void oneMeanPointPerBudgetOverTheScoredClusters() {
    LengthCurve curve = evaluator.evaluate("set", List.of(FLOOD, UNREFERENCED, FURNITURE), BudgetList.words(20, 40, 80));
    assertEquals(1, curve.clusters());
    assertEquals(2, curve.leftOut());
    assertEquals(3, curve.points().size());
    CurveMeasures nestedBefore = new CurveMeasures(0, Recall.ZERO, 0, 0);
    for (CurvePoint point : curve.points()) {
      assertTrue(point.brief().meanWords() <= point.budget().limit(), point.toString());
      assertTrue(point.nested().meanWords() <= point.budget().limit(), point.toString());
      assertTrue(point.brief().recall().rouge1() > 0, point.toString());
      assertTrue(point.brief().meanFacts() >= 1, point.toString());
      assertTrue(point.nested().recall().rouge1() >= nestedBefore.recall().rouge1(), "the nested briefs only grow");
      assertTrue(point.nested().meanFacts() >= nestedBefore.meanFacts(), "and cover more facts");
      nestedBefore = point.nested();
    }
    CurvePoint smallest = curve.points().get(0);
    assertEquals(smallest.brief(), smallest.nested(), "at the smallest budget both briefs are the same");
  }

  @Test
  void theSameClusterTwiceGivesTheSameMeans() {
    LengthCurve once = evaluator.evaluate("set", List.of(FLOOD), BudgetList.words(30, 60));
    LengthCurve twice = evaluator.evaluate("set", List.of(FLOOD, FLOOD), BudgetList.words(30, 60));
    assertEquals(2, twice.clusters());
    for (int i = 0; i < 2; i++) {
      assertEquals(once.points().get(i).brief().recall().rouge1(), twice.points().get(i).brief().recall().rouge1(), 1e-12);
      assertEquals(once.points().get(i).brief().meanWords(), twice.points().get(i).brief().meanWords(), 1e-12);
      assertEquals(once.points().get(i).nested().meanFacts(), twice.points().get(i).nested().meanFacts(), 1e-12);
    }
  }

  @Test
  void aSetWithoutReferencesIsUnusable() {
    NewsbriefException e = assertThrows(NewsbriefException.class,
        () -> evaluator.evaluate("set", List.of(UNREFERENCED), BudgetList.words(50)));
    assertTrue(e.getMessage().startsWith("set: no cluster has both reference summaries and a sentence"), e.getMessage());
  }
}
