package newsbrief.select;

import static newsbrief.select.SelectionFixtures.analyzed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.graph.SimilarityGraph;
import newsbrief.select.Facts.Fact;
import org.junit.jupiter.api.Test;

/** Facts found on crafted articles: what counts as the same fact, who gives it, how prominently, when. */
class FactsTest {
  private static final String TRUCE = "Israeli minister Zeev Elkin denied any truce with Iraq and Yemen on Thursday.";
  private static final String TRUCE_AGAIN = "Minister Zeev Elkin of Israel denied a truce with Iraq and Yemen.";
  private static final String BUDGET = "Iraq's parliament approved the federal budget after months of delay.";
  private static final String PROTESTS = "Protests over power cuts continued in Basra as temperatures soared.";

  private static double[] uniform(AnalyzedCorpus corpus) {
    double[] scores = new double[corpus.size()];
    java.util.Arrays.fill(scores, 1.0 / Math.max(1, corpus.size()));
    return scores;
  }

  private static Facts facts(AnalyzedCorpus corpus) {
    return Facts.find(corpus, uniform(corpus));
  }

  private static Article dated(String id, String text, String date) {
    return new Article(id, id, text, new ArticleMetadata(Optional.empty(), Optional.empty(),
        Optional.of(LocalDate.parse(date)), Optional.empty(), Map.of()));
  }

  @Test
  void anEmptyCorpusHasNoFacts() {
    Facts none = facts(new AnalyzedCorpus(List.of(), List.of(), List.of(), List.of(), SimilarityGraph.empty(0)));
    assertEquals(0, none.size());
    assertEquals(List.of(), none.coveredBy(List.of()));
  }

  @Test
  void oneSentenceIsOneFactReportedOnce() {
    Facts one = facts(analyzed(List.of(Article.of("a", BUDGET))));
    assertEquals(1, one.size());
    assertEquals(new Fact(0, List.of(0), 1, 1.0, 1.0, Optional.empty()), one.facts().get(0));
    assertEquals(0, one.factOf(0));
    assertEquals(List.of(0), one.statedBy(0));
    assertEquals(List.of(0), one.coveredBy(List.of(0)));
    assertEquals(0, one.recency(0));
  }

  @Test
  void twoReportsOfOneThingInOtherWordsAreOneFactGivenTwice() {
    AnalyzedCorpus corpus = analyzed(List.of(Article.of("a", TRUCE), Article.of("b", TRUCE_AGAIN + " " + BUDGET)));
    Facts found = facts(corpus);
    assertEquals(2, found.size());
    Fact truce = found.facts().get(0);
    assertEquals(List.of(0, 1), truce.members());
    assertEquals(2, truce.support());
    assertEquals(1 + 1.0, truce.prominence(), 1e-9, "both reports lead with it");
    assertEquals(found.factOf(0), found.factOf(1));
    assertEquals(1, found.facts().get(1).support());
    assertEquals(List.of(0), found.coveredBy(List.of(1)), "either sentence covers the fact");
    assertEquals(List.of(0, 1), found.coveredBy(List.of(0, 2)));
  }

  @Test
  void aCopyIsNoSecondReport() {
    Facts found = facts(analyzed(List.of(Article.of("a", TRUCE + " " + BUDGET), Article.of("copy", TRUCE + " " + BUDGET))));
    assertTrue(found.facts().stream().allMatch(f -> f.support() == 1), found.facts().toString());
  }

  @Test
  void aFactToldDeepInAReportIsLessProminentThanALead() {
    AnalyzedCorpus corpus = analyzed(List.of(Article.of("a", TRUCE),
        Article.of("b", BUDGET + " " + PROTESTS + " " + TRUCE_AGAIN)));
    Fact truce = facts(corpus).facts().get(0);
    assertEquals(2, truce.support());
    assertEquals(1 + 1.0 / 3, truce.prominence(), 1e-9);
  }

  @Test
  void aLongerSentenceStatesAShorterOneButNotTheOtherWayRound() {
    String longer = "Israeli minister Zeev Elkin denied any truce with Iraq and Yemen, citing their support for Hamas "
        + "and a sharp rise in drone attacks launched from Iraqi soil since August.";
    AnalyzedCorpus corpus = analyzed(List.of(Article.of("a", TRUCE), Article.of("b", longer)));
    Facts found = facts(corpus);
    assertEquals(2, found.size(), "they do not say the same thing");
    assertEquals(List.of(0, 1), found.coveredBy(List.of(1)));
    assertEquals(List.of(found.factOf(0)), found.coveredBy(List.of(0)));
  }

  @Test
  void recencyRunsFromTheFirstToTheLastDateAndCopiesTakeTheirOriginalsDate() {
    AnalyzedCorpus corpus = analyzed(List.of(
        dated("old", BUDGET, "2024-11-01"),
        dated("new", TRUCE, "2024-11-29"),
        Article.of("undated copy", TRUCE),
        Article.of("undated", PROTESTS)));
    Facts found = facts(corpus);
    assertEquals(0.0, found.recency(found.factOf(0)), 1e-9);
    assertEquals(1.0, found.recency(found.factOf(1)), 1e-9);
    assertEquals(Optional.of(LocalDate.parse("2024-11-29")), found.facts().get(found.factOf(2)).firstReported());
    assertEquals(0.0, found.recency(found.factOf(3)), 1e-9, "an undated report has no recency");
  }

  @Test
  void scoresMustMatchTheCorpus() {
    AnalyzedCorpus corpus = analyzed(List.of(Article.of("a", BUDGET)));
    assertThrows(IllegalArgumentException.class, () -> Facts.find(corpus, new double[0]));
  }
}
