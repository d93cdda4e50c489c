package newsbrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsbrief.annotate.SimpleSentenceSplitter;
import newsbrief.select.Budget;
import newsbrief.select.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The composed pipeline on small inputs, with the fast splitter. */
class SummarizerTest {
  private static final Summarizer SUMMARIZER = new Summarizer(new SimpleSentenceSplitter());
  private static final Budget WORDS = Budget.words(200);

  @Test
  void noArticlesGiveAnEmptyBrief() {
    Brief brief = SUMMARIZER.summarize(List.of(), WORDS);
    assertEquals(0, brief.lines().size());
    assertEquals(0, brief.sources().size());
  }

  @Test
  void furnitureOnlyGivesNoLines() {
    Brief brief = SUMMARIZER.summarize(List.of(Article.of("a", "Leave a Reply\n\nSHARE:\n\nAbout the author\n")), WORDS);
    assertEquals(0, brief.lines().size());
    assertEquals(1, brief.sources().size());
  }

  @Test
  void oneSentenceIsItsOwnBrief() {
    String text = "The central bank raised interest rates by half a point on Tuesday.";
    Brief brief = SUMMARIZER.summarize(List.of(Article.of("a", text)), WORDS);
    assertEquals(1, brief.lines().size());
    assertEquals(text, brief.lines().get(0).sentence().text());
  }

  @Test
  void twoArticlesSayingTheSameThingGiveOneLineCitingBoth() {
    String a = "The central bank raised interest rates by half a point on Tuesday.";
    String b = "On Tuesday the central bank raised interest rates by half a point.";
    Brief brief = SUMMARIZER.summarize(List.of(Article.of("a", a), Article.of("b", b)), WORDS);
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
    Brief with = SUMMARIZER.summarize(articles, Budget.sentences(1));
    assertEquals(1, with.lines().get(0).source());
    SummaryOptions defaults = SummaryOptions.defaults();
    Brief without = SUMMARIZER.withOptions(defaults.withSelection(defaults.selection().withNewestLeadWindow(0)))
        .summarize(articles, Budget.sentences(1));
    assertEquals(0, without.lines().get(0).source());
  }

  static List<Selection> selections() {
    return List.of(Selection.Concepts.defaults(), Selection.Mmr.defaults(), Selection.Submodular.defaults());
  }

  @ParameterizedTest
  @MethodSource("selections")
  void everySelectionStaysWithinBudgetAndKeepsReadingOrder(Selection selection) {
    List<Article> articles = List.of(
        Article.of("a", "Storms flooded the coastal town of Marden on Friday. Hundreds of homes lost power overnight. "
            + "Rescue teams reached the town by boat on Saturday morning."),
        Article.of("b", "The mayor of Marden declared an emergency after the floods. Power returned to most homes by Sunday. "
            + "Officials said the storm was the worst in forty years."));
    for (int words : new int[] {10, 20, 40}) {
      SummaryOptions defaults = SummaryOptions.defaults();
      Summarizer summarizer = SUMMARIZER.withOptions(defaults.withSelection(defaults.selection().withSelection(selection)));
      Brief brief = summarizer.summarize(articles, Budget.words(words));
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
    Summarizer summarizer = SUMMARIZER;
    Budget budget = Budget.words(40);
    AnalyzedCorpus corpus = summarizer.analyze(articles);
    double[] scores = summarizer.ranker().rank(corpus);
    List<Integer> chosen = summarizer.choose(corpus, scores, budget);
    assertEquals(1, corpus.sentences().get(chosen.get(0)).article(), "the newest article's lead comes first");
    assertEquals(summarizer.summarize(corpus, budget).lines(), summarizer.assemble(corpus, scores, chosen, budget).lines());
  }

  @Test
  void aLongerChoiceExtendingAnEarlierOneContainsIt() {
    List<Article> articles = List.of(
        Article.of("a", "Storms flooded the coastal town of Marden on Friday. Rescue teams reached Marden by boat on "
            + "Saturday morning. The mayor of Marden declared an emergency after the floods."),
        Article.of("b", "A new bridge opened in the capital after ten years of building works. The storms that "
            + "flooded Marden also closed the coast road for two days."));
    AnalyzedCorpus corpus = SUMMARIZER.analyze(articles);
    double[] scores = SUMMARIZER.ranker().rank(corpus);
    List<Integer> shorter = SUMMARIZER.choose(corpus, scores, Budget.words(15));
    List<Integer> longer = SUMMARIZER.choose(corpus, scores, Budget.words(60), shorter);
    assertEquals(shorter, longer.subList(0, shorter.size()));
    assertTrue(longer.size() > shorter.size(), longer + " adds nothing to " + shorter);
  }

  private static Article dated(String id, String text, String date) {
    return new Article(id, id, text, new ArticleMetadata(java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.of(java.time.LocalDate.parse(date)), java.util.Optional.empty(), java.util.Map.of()));
  }

  @Test
  void theNewestLeadIsTheNewestDatedArticlesNotAnUndatedOnesOfUnknownDay() {
    List<Article> articles = List.of(
        dated("old", "Storms flooded the coastal town of Marden on Friday night.", "2024-11-01"),
        dated("new", "The mayor of Marden declared an emergency after the floods.", "2024-11-03"),
        Article.of("undated", "A new bridge opened in the capital after ten years of building works."));
    assertEquals(1, Summarizer.newestArticle(articles));
    assertEquals(1, Summarizer.newestArticle(List.of(articles.get(2), articles.get(2))), "none dated: the last");
    Brief brief = SUMMARIZER.summarize(articles, Budget.sentences(1));
    assertEquals("new", brief.sources().get(brief.lines().get(0).source()).id());
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
    List<Integer> chosen = SUMMARIZER.choose(corpus, scores, Budget.words(40));
    assertTrue(facts.coveredBy(chosen).contains(0), "the brief states the fact both report");
  }
}
