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
}
