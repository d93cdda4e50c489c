package newsbrief.select;

import static newsbrief.select.SelectionFixtures.analyzed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.SimpleSentenceSplitter;
import newsbrief.graph.SimilarityGraph;
import org.junit.jupiter.api.Test;

/** The stand-alone rule on crafted articles: which sentences need which, and what a brief breaks. */
class StandAloneTest {
  private static final String LEAD = "Iraq's parliament approved the federal budget on Monday after months of delay.";
  private static final String BUT = "But the Kurdish bloc walked out before the final vote was taken.";
  private static final String HE = "He said the salaries of public employees were not guaranteed.";
  private static final String THEY = "They promised to return once the payments were written into law.";
  private static final String ALSO = "Also, the finance ministry warned that oil revenue may fall next year.";

  private static AnalyzedCorpus one(String text) {
    return analyzed(List.of(Article.of("a", text)));
  }

  @Test
  void anEmptyCorpusHasNoUnitsAndNoViolations() {
    AnalyzedCorpus empty = new AnalyzedCorpus(List.of(), List.of(), List.of(), List.of(), SimilarityGraph.empty(0));
    StandAlone.of(empty);
    assertEquals(List.of(), StandAlone.violations(empty, List.of()));
  }

  @Test
  void aSentenceThatStandsAloneIsItsOwnUnit() {
    AnalyzedCorpus corpus = one(LEAD);
    StandAlone context = StandAlone.of(corpus);
    assertEquals(List.of(0), context.unit(0));
    assertTrue(context.choosable(0));
    assertEquals(List.of(), StandAlone.violations(corpus, List.of(0)));
  }

  @Test
  void aDependentSentenceThatOpensItsArticleCanNeverBeChosen() {
    AnalyzedCorpus corpus = one(BUT);
    StandAlone context = StandAlone.of(corpus);
    assertEquals(List.of(), context.unit(0));
    assertFalse(context.choosable(0));
    assertEquals(List.of(0), StandAlone.violations(corpus, List.of(0)));
  }

  @Test
  void aDependentSentenceComesWithTheOneBeforeIt() {
    AnalyzedCorpus corpus = one(LEAD + " " + BUT);
    StandAlone context = StandAlone.of(corpus);
    assertEquals(List.of(0), context.unit(0));
    assertEquals(List.of(0, 1), context.unit(1));
    assertEquals(List.of(1), StandAlone.violations(corpus, List.of(1)));
    assertEquals(List.of(), StandAlone.violations(corpus, List.of(0, 1)));
    assertEquals(List.of(), StandAlone.violations(corpus, List.of(1, 0)), "order of choice does not matter");
  }

  @Test
  void theContextMustBeTheSentenceRightBeforeIt() {
    // "Rain fell." is too short to quote, so it is no sentence of the corpus, yet it stands between.
    AnalyzedCorpus corpus = one(LEAD + " Rain fell. " + BUT);
    assertEquals(2, corpus.size());
    assertFalse(StandAlone.of(corpus).choosable(1));
    assertEquals(List.of(1), StandAlone.violations(corpus, List.of(0, 1)));
  }

  @Test
  void aParagraphBreakDoesNotSeparateASentenceFromItsContext() {
    AnalyzedCorpus corpus = one(LEAD + "\n\n" + HE);
    assertEquals(List.of(0, 1), StandAlone.of(corpus).unit(1));
  }

  @Test
  void chainsOfDependenceAreFollowedBackToThreeSentences() {
    AnalyzedCorpus three = one(LEAD + " " + BUT + " " + HE);
    assertEquals(List.of(0, 1, 2), StandAlone.of(three).unit(2));
    AnalyzedCorpus four = one(LEAD + " " + BUT + " " + HE + " " + THEY);
    assertEquals(List.of(), StandAlone.of(four).unit(3), "more than " + StandAlone.MAX_UNIT + " is a paragraph");
    assertEquals(List.of(0, 1, 2), StandAlone.of(four).unit(2));
  }

  @Test
  void aSentenceNeverALineIsNeverChosenNorIsOneThatHangsOnIt() {
    String quotation = "\u201cWe congratulate the Palestinian people and freedom fighters worldwide on this significant "
        + "development. In solidarity with the ceasefire in Palestine we are suspending our military actions. However, "
        + "let it be clear that any foolishness by the occupying entity will be met with a harsh response,\u201d "
        + "al-Kaabi said.";
    AnalyzedCorpus corpus = one(LEAD + " " + quotation + " " + ALSO);
    StandAlone context = StandAlone.of(corpus);
    assertEquals(3, corpus.size());
    assertFalse(context.choosable(1));
    assertFalse(context.choosable(2));
    assertEquals(List.of(1), StandAlone.violations(corpus, List.of(0, 1)));
  }

  @Test
  void sentencesOfOtherArticlesAreNoContext() {
    AnalyzedCorpus corpus = analyzed(List.of(Article.of("a", LEAD), Article.of("b", BUT)));
    assertFalse(StandAlone.of(corpus).choosable(1));
    assertEquals(List.of(1), StandAlone.violations(corpus, List.of(0, 1)));
  }

  @Test
  void aBriefIsCheckedByTheSameRule() {
    Summarizer summarizer = new Summarizer(new SimpleSentenceSplitter(), SummaryOptions.defaults());
    AnalyzedCorpus corpus = summarizer.analyze(List.of(Article.of("a", LEAD + " " + BUT + " " + ALSO)));
    double[] scores = summarizer.ranker().rank(corpus);
    Brief whole = summarizer.assemble(corpus, scores, List.of(0, 1, 2), Budget.words(100));
    assertEquals(List.of(), StandAlone.violations(whole));
    Brief gap = summarizer.assemble(corpus, scores, List.of(0, 2), Budget.words(100));
    List<BriefLine> violations = StandAlone.violations(gap);
    assertEquals(1, violations.size());
    assertEquals(ALSO, violations.get(0).sentence().text());
  }
}
