package newsbrief.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.graph.SimilarityGraph;
import newsbrief.text.StopWords;
import newsbrief.text.Stemmer;
import org.junit.jupiter.api.Test;

class ConceptCoverageSelectorTest {
  private final ConceptCoverageSelector selector =
      new ConceptCoverageSelector(0.4, 0.25, 0.5, 0.4, Stemmer.PORTER, StopWords.english());

  private static double[] flat(AnalyzedCorpus corpus) {
    double[] scores = new double[corpus.size()];
    java.util.Arrays.fill(scores, 1.0 / Math.max(1, corpus.size()));
    return scores;
  }

  @Test
  void emptyCorpusChoosesNothing() {
    AnalyzedCorpus empty = new AnalyzedCorpus(List.of(), List.of(), List.of(), List.of(), SimilarityGraph.empty(0));
    assertEquals(List.of(), selector.select(empty, new double[0], Budget.words(50)));
  }

  @Test
  void oneSentenceIsChosenWhenItFits() {
    AnalyzedCorpus one = SelectionFixtures.analyzed(List.of(Article.of("a", "The bridge over the river reopened on Friday.\n")));
    assertEquals(List.of(0), selector.select(one, flat(one), Budget.words(50)));
    assertEquals(List.of(), selector.select(one, flat(one), Budget.words(3)));
  }

  @Test
  void twoSentencesBothFitAndAreChosen() {
    AnalyzedCorpus two = SelectionFixtures.analyzed(List.of(
        Article.of("a", "The bridge over the river reopened on Friday.\n"),
        Article.of("b", "Schools in the valley stay closed until Monday.\n")));
    assertEquals(2, selector.select(two, flat(two), Budget.words(50)).size());
  }

  @Test
  void theSentenceWithBigramsMostReportsShareComesFirst() {
    AnalyzedCorpus story = SelectionFixtures.analyzed(SelectionFixtures.BUDGET_STORY);
    List<Integer> chosen = selector.select(story, flat(story), Budget.words(20));
    assertEquals(1, chosen.size());
    String first = story.sentences().get(chosen.get(0)).text();
    assertTrue(first.contains("federal budget"), first);
  }

  @Test
  void staysWithinBudgetAndNeverRepeatsItself() {
    AnalyzedCorpus story = SelectionFixtures.analyzed(SelectionFixtures.BUDGET_STORY);
    for (int words : new int[] {10, 25, 40, 80, 200}) {
      List<Integer> chosen = selector.select(story, flat(story), Budget.words(words));
      assertTrue(SelectionFixtures.words(story, chosen) <= words);
      for (int a : chosen) {
        for (int b : chosen) {
          assertTrue(a == b || story.similarity(a, b) < 0.4);
        }
      }
    }
  }

  @Test
  void aCopyDoesNotMakeItsBigramsAConcept() {
    String report = "Divers found the missing hiker alive near the old quarry on Sunday after a search of three days.\n";
    AnalyzedCorpus copied = SelectionFixtures.analyzed(List.of(
        Article.of("a", report), Article.of("copy", report),
        Article.of("b", "The county fair opened on Saturday with a parade of tractors.\n"),
        Article.of("c", "Crowds came to the county fair despite the rain on Saturday.\n"),
        Article.of("d", "Organisers said the county fair drew more visitors than last year.\n")));
    assertEquals(List.of(0, 0, 2, 3, 4), copied.copyGroups());
    List<Integer> chosen = selector.select(copied, flat(copied), Budget.words(18));
    assertEquals(1, chosen.size());
    assertTrue(copied.sentences().get(chosen.get(0)).text().contains("county fair"),
        copied.sentences().get(chosen.get(0)).text());
  }
}
