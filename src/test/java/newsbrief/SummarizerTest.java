package newsbrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsbrief.annotate.SimpleSentenceSplitter;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The composed pipeline on small inputs, with the fast splitter. */
class SummarizerTest {
  private static final Summarizer SUMMARIZER = new Summarizer(new SimpleSentenceSplitter(), SummaryOptions.defaults());

  @Test
  void noArticlesGiveAnEmptyBrief() {
    Brief brief = SUMMARIZER.summarize(List.of());
    assertEquals(0, brief.lines().size());
    assertEquals(0, brief.sources().size());
  }

  @Test
  void furnitureOnlyGivesNoLines() {
    Brief brief = SUMMARIZER.summarize(List.of(Article.of("a", "Leave a Reply\n\nSHARE:\n\nAbout the author\n")));
    assertEquals(0, brief.lines().size());
    assertEquals(1, brief.sources().size());
  }

  @Test
  void oneSentenceIsItsOwnBrief() {
    String text = "The central bank raised interest rates by half a point on Tuesday.";
    Brief brief = SUMMARIZER.summarize(List.of(Article.of("a", text)));
    assertEquals(1, brief.lines().size());
    assertEquals(text, brief.lines().get(0).sentence().text());
  }

  @Test
  void twoArticlesSayingTheSameThingGiveOneLineCitingBoth() {
    String a = "The central bank raised interest rates by half a point on Tuesday.";
    String b = "On Tuesday the central bank raised interest rates by half a point.";
    Brief brief = SUMMARIZER.summarize(List.of(Article.of("a", a), Article.of("b", b)));
    assertEquals(1, brief.lines().size());
    assertEquals(1, brief.lines().get(0).source(), "the newest article's lead is chosen");
    assertEquals(List.of(0), brief.lines().get(0).alsoIn());
  }

  @Test
  void newestArticleLeadIsAlwaysInTheBrief() {
    List<Article> articles = List.of(
        Article.of("a", "Storms flooded the coastal town of Marden on Friday. Storms flooded the coast of Marden again. "
            + "The storms in Marden flooded the coastal town."),
        Article.of("b", "A new bridge opened in the capital after ten years of building works."));
    Brief with = SUMMARIZER.withOptions(SummaryOptions.defaults().withBudget(Budget.sentences(1))).summarize(articles);
    assertEquals(1, with.lines().get(0).source());
    Brief without = SUMMARIZER.withOptions(SummaryOptions.defaults().toBuilder().newestLeadWindow(0)
        .budget(Budget.sentences(1)).build()).summarize(articles);
    assertEquals(0, without.lines().get(0).source());
  }

  @ParameterizedTest
  @EnumSource(SummaryOptions.Selection.class)
  void everySelectionStaysWithinBudgetAndKeepsReadingOrder(SummaryOptions.Selection selection) {
    List<Article> articles = List.of(
        Article.of("a", "Storms flooded the coastal town of Marden on Friday. Hundreds of homes lost power overnight. "
            + "Rescue teams reached the town by boat on Saturday morning."),
        Article.of("b", "The mayor of Marden declared an emergency after the floods. Power returned to most homes by Sunday. "
            + "Officials said the storm was the worst in forty years."));
    for (int words : new int[] {10, 20, 40}) {
      Summarizer summarizer = SUMMARIZER.withOptions(SummaryOptions.defaults().withSelection(selection).withBudget(Budget.words(words)));
      Brief brief = summarizer.summarize(articles);
      assertTrue(brief.wordCount() <= words, selection + " over budget at " + words);
      for (int i = 1; i < brief.lines().size(); i++) {
        BriefLine previous = brief.lines().get(i - 1);
        BriefLine line = brief.lines().get(i);
        assertTrue(previous.source() < line.source()
            || (previous.source() == line.source() && previous.sentence().position() < line.sentence().position()));
      }
    }
  }

  @Test
  void chooseGivesTheBriefsSentencesInChoiceOrderWithTheNewestLeadFirst() {
    List<Article> articles = List.of(
        Article.of("a", "Storms flooded the coastal town of Marden on Friday. Rescue teams reached Marden by boat on "
            + "Saturday morning. The storms in Marden flooded the coastal town."),
        Article.of("b", "A new bridge opened in the capital after ten years of building works. The storms that "
            + "flooded Marden also closed the coast road."));
    Summarizer summarizer = SUMMARIZER.withOptions(SummaryOptions.defaults().withBudget(Budget.words(40)));
    AnalyzedCorpus corpus = summarizer.analyze(articles);
    double[] scores = summarizer.ranker().rank(corpus);
    List<Integer> chosen = summarizer.choose(corpus, scores);
    assertEquals(1, corpus.sentences().get(chosen.get(0)).article(), "the newest article's lead comes first");
    assertEquals(summarizer.summarize(corpus).lines(), summarizer.assemble(corpus, scores, chosen).lines());
  }

  @Test
  void theNewestLeadIsTheNewestDatedArticlesNotAnUndatedOnesOfUnknownDay() {
    List<Article> articles = List.of(
        new Article("old", "old", "Storms flooded the coastal town of Marden on Friday night.",
            ArticleMetadata.EMPTY.withDate(java.time.LocalDate.parse("2024-11-01"))),
        new Article("new", "new", "The mayor of Marden declared an emergency after the floods.",
            ArticleMetadata.EMPTY.withDate(java.time.LocalDate.parse("2024-11-03"))),
        Article.of("undated", "A new bridge opened in the capital after ten years of building works."));
    assertEquals(1, Summarizer.newestArticle(articles));
    assertEquals(1, Summarizer.newestArticle(List.of(articles.get(2), articles.get(2))), "none dated: the last");
    Summarizer oneSentence = SUMMARIZER.withOptions(SummaryOptions.defaults().withBudget(Budget.sentences(1)));
    Brief brief = oneSentence.summarize(articles);
    assertEquals("new", brief.sources().get(brief.lines().get(0).source()).id());
  }

  @Test
  void aLongerBriefCanBeChosenStartingFromAShorterOne() {
    List<Article> articles = List.of(
        Article.of("a", "Storms flooded the coastal town of Marden on Friday. Hundreds of homes lost power overnight. "
            + "Rescue teams reached the town by boat on Saturday morning."),
        Article.of("b", "The mayor of Marden declared an emergency after the floods. Power returned to most homes by Sunday. "
            + "Officials said the storm was the worst in forty years."));
    AnalyzedCorpus corpus = SUMMARIZER.analyze(articles);
    double[] scores = SUMMARIZER.ranker().rank(corpus);
    List<Integer> shorter = SUMMARIZER.choose(corpus, scores, Budget.words(20), List.of());
    List<Integer> longer = SUMMARIZER.choose(corpus, scores, Budget.words(60), shorter);
    assertTrue(!shorter.isEmpty() && longer.size() > shorter.size(), shorter + " then " + longer);
    assertEquals(shorter, longer.subList(0, shorter.size()), "the shorter brief is where the longer starts");
    assertEquals(SUMMARIZER.withOptions(SummaryOptions.defaults().withBudget(Budget.words(20))).choose(corpus, scores),
        shorter);
  }

  @Test
  void theFactsOfACorpusAndThoseABriefCovers() {
    List<Article> articles = List.of(
        Article.of("a", "The central bank raised interest rates by half a point on Tuesday. Share prices fell "
            + "sharply in early trading as investors sold property stocks. Exporters warned of lost orders abroad."),
        Article.of("b", "On Tuesday the central bank raised interest rates by half a point. Savers welcomed the "
            + "move after years of low returns on deposits. The currency gained against the dollar."));
    AnalyzedCorpus corpus = SUMMARIZER.analyze(articles);
    double[] scores = SUMMARIZER.ranker().rank(corpus);
    newsbrief.select.Facts facts = SUMMARIZER.facts(corpus, scores);
    assertEquals(2, facts.facts().get(0).support(), "both report the rise");
    List<Integer> chosen = SUMMARIZER.choose(corpus, scores);
    assertTrue(facts.coveredBy(chosen).contains(0), "the brief states the fact both report");
  }
}
