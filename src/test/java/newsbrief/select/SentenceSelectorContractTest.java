package newsbrief.select;

import static newsbrief.select.SelectionFixtures.BUDGET_STORY;
import static newsbrief.select.SelectionFixtures.analyzed;
import static newsbrief.select.SelectionFixtures.ofSentences;
import static newsbrief.select.SelectionFixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.AnalyzedCorpus;
import newsbrief.graph.SimilarityGraph;
import newsbrief.Article;
import newsbrief.rank.LexRankRanker;
import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link SentenceSelector} promises, checked on MMR, submodular, concept and fact selection. */
class SentenceSelectorContractTest {
  private static final double REDUNDANCY = 0.4;
  private static final LexRankRanker RANKER = new LexRankRanker(0.85, 1e-9, 500);

  private static AnalyzedCorpus story;
  private static double[] storyScores;

  @BeforeAll
  static void analyzeTheStory() {
    story = analyzed(BUDGET_STORY);
    storyScores = RANKER.rank(story);
  }

  static Stream<Named<SentenceSelector>> selectors() {
    return selectors(REDUNDANCY);
  }

  private static Stream<Named<SentenceSelector>> selectors(double redundancyThreshold) {
    return Stream.of(
        Named.of("MMR", new MmrSelector(0.7, redundancyThreshold)),
        Named.of("submodular", new SubmodularSelector(0.25, 6.0, 0.3, 0.3, redundancyThreshold)),
        Named.of("concepts", new ConceptCoverageSelector(0.4, 0.25, 0.5, redundancyThreshold, Stemmer.PORTER,
            StopWords.english())),
        Named.of("facts", new FactCoverageSelector(Selection.FactCoverage.defaults(), redundancyThreshold,
            Stemmer.PORTER, StopWords.english())));
  }

  private static final List<Budget> BUDGETS = List.of(
      Budget.words(1), Budget.words(10), Budget.words(15), Budget.words(25), Budget.words(40),
      Budget.words(60), Budget.words(100), Budget.words(200), Budget.words(1000),
      Budget.sentences(1), Budget.sentences(2), Budget.sentences(3), Budget.sentences(5), Budget.sentences(100));

  static Stream<Arguments> selectorsAndBudgets() {
    return selectors().flatMap(selector -> BUDGETS.stream().map(budget -> arguments(selector, budget)));
  }

  static Stream<Arguments> selectorsAndRedundancyThresholds() {
    return Stream.of(0.4, 0.8, 1.0).flatMap(threshold -> selectors(threshold).map(s -> arguments(s, threshold)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void emptyCorpusGivesNoSentences(SentenceSelector selector) {
    AnalyzedCorpus empty = new AnalyzedCorpus(List.of(), List.of(), List.of(), List.of(), SimilarityGraph.empty(0));
    assertEquals(List.of(), selector.select(empty, new double[0], Budget.words(100)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void oneSentenceIsChosenWhenItFits(SentenceSelector selector) {
    AnalyzedCorpus one = ofSentences("Iraq's parliament approved the federal budget on Monday.");
    assertEquals(8, one.sentences().get(0).wordCount());
    double[] scores = {1.0};
    assertEquals(List.of(0), selector.select(one, scores, Budget.words(8)));
    assertEquals(List.of(0), selector.select(one, scores, Budget.words(200)));
    assertEquals(List.of(0), selector.select(one, scores, Budget.sentences(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void oneSentenceLongerThanTheBudgetIsNotChosen(SentenceSelector selector) {
    AnalyzedCorpus one = ofSentences("Iraq's parliament approved the federal budget on Monday.");
    assertEquals(List.of(), selector.select(one, new double[] {1.0}, Budget.words(7)));
    assertEquals(List.of(), selector.select(one, new double[] {1.0}, Budget.words(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void twoDistinctSentencesAreBothChosenWhenBothFit(SentenceSelector selector) {
    AnalyzedCorpus two = ofSentences(
        "Iraq's parliament approved the federal budget on Monday.",
        "Protests over power cuts continued in Basra this week.");
    List<Integer> chosen = selector.select(two, new double[] {0.5, 0.5}, Budget.words(100));
    assertEquals(List.of(0, 1), chosen, "ties go to the earlier sentence");
    assertEquals(List.of(0), selector.select(two, new double[] {0.5, 0.5}, Budget.words(16)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void onlyTheSentenceThatFitsIsChosen(SentenceSelector selector) {
    AnalyzedCorpus two = ofSentences(
        "Iraq's parliament approved the federal budget on Monday after months of delay and bitter argument.",
        "Protests over power cuts continued in Basra.");
    assertEquals(List.of(1), selector.select(two, new double[] {0.9, 0.1}, Budget.words(10)));
  }

  @ParameterizedTest(name = "{0} at redundancy threshold {1}")
  @MethodSource("selectorsAndRedundancyThresholds")
  void ofTwoIdenticalSentencesOnlyOneIsChosen(SentenceSelector selector, double threshold) {
    AnalyzedCorpus copies = ofSentences(
        "Iraqi lawmakers approved the budget on Monday.",
        "Iraqi lawmakers approved the budget on Monday.");
    assertEquals(1.0, copies.similarity(0, 1));
    assertEquals(List.of(0), selector.select(copies, new double[] {0.5, 0.5}, Budget.words(100)));
    assertEquals(List.of(1), selector.select(copies, new double[] {0.4, 0.6}, Budget.sentences(5)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("selectorsAndBudgets")
  void choiceStaysWithinTheBudget(SentenceSelector selector, Budget budget) {
    List<Integer> chosen = selector.select(story, storyScores, budget);
    int spent = budget.unit() == Budget.Unit.WORDS ? words(story, chosen) : chosen.size();
    assertTrue(spent <= budget.limit(), spent + " over " + budget);
    assertEquals(chosen.size(), new HashSet<>(chosen).size(), "no sentence twice");
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("selectorsAndBudgets")
  void noTwoChosenSentencesAreRedundant(SentenceSelector selector, Budget budget) {
    List<Integer> chosen = selector.select(story, storyScores, budget);
    for (int a : chosen) {
      for (int b : chosen) {
        if (a != b) {
          assertTrue(story.similarity(a, b) < REDUNDANCY, a + " and " + b + " say the same thing");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void theStoryHasRedundantPairsToAvoid(SentenceSelector selector) {
    List<Integer> all = selector.select(story, storyScores, Budget.sentences(100));
    assertTrue(all.size() < story.size(), "paraphrases across articles are left out");
    assertTrue(all.size() >= 10, "distinct sentences are kept: " + all);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void aGenerousBudgetIsUsedUntilNothingFits(SentenceSelector selector) {
    Budget budget = Budget.words(60);
    List<Integer> chosen = selector.select(story, storyScores, budget);
    int spent = words(story, chosen);
    assertFalse(chosen.isEmpty());
    StandAlone context = StandAlone.of(story);
    Facts facts = Facts.find(story, storyScores);
    for (int i = 0; i < story.size(); i++) {
      boolean factStated = selector instanceof FactCoverageSelector && facts.coveredBy(chosen).contains(facts.factOf(i));
      if (chosen.contains(i) || context.unit(i).size() != 1 || factStated) {
        continue;
      }
      boolean fits = spent + story.sentences().get(i).wordCount() <= budget.limit();
      boolean redundant = false;
      for (int c : chosen) {
        redundant |= story.similarity(c, i) >= REDUNDANCY;
      }
      assertFalse(fits && !redundant, "sentence " + i + " fits and is new, yet was left out");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void sameInputGivesTheSameChoice(SentenceSelector selector) {
    List<Integer> first = selector.select(story, storyScores, Budget.words(100));
    AnalyzedCorpus again = analyzed(BUDGET_STORY);
    assertEquals(first, selector.select(again, RANKER.rank(again), Budget.words(100)));
    assertEquals(first, selector.select(story, storyScores, Budget.words(100)));
  }

  private static final String LEAD = "Iraq's parliament approved the federal budget on Monday after months of delay.";
  private static final String BUT = "But the Kurdish bloc walked out of the chamber before the final vote was taken.";
  private static final String OTHER = "Protests over power cuts continued in Basra as temperatures passed fifty degrees.";

  /** The lead and the sentence that hangs on it in one article, another story in a second. */
  private static AnalyzedCorpus dependentStory() {
    return analyzed(List.of(Article.of("a", LEAD + " " + BUT), Article.of("b", OTHER)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void aSentenceThatNeedsThePreviousOneIsChosenRightAfterIt(SentenceSelector selector) {
    AnalyzedCorpus corpus = dependentStory();
    assertEquals(3, corpus.size());
    double[] scores = {0.1, 0.8, 0.1};
    List<Integer> chosen = selector.select(corpus, scores, Budget.words(100));
    assertTrue(chosen.contains(1), "the best sentence is chosen: " + chosen);
    assertTrue(chosen.indexOf(0) >= 0 && chosen.indexOf(0) < chosen.indexOf(1), "with its context first: " + chosen);
    assertEquals(List.of(), StandAlone.violations(corpus, chosen));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void aSentenceWhoseContextDoesNotFitIsLeftOut(SentenceSelector selector) {
    AnalyzedCorpus corpus = dependentStory();
    int dependent = corpus.sentences().get(1).wordCount();
    assertTrue(dependent < corpus.sentences().get(0).wordCount() + dependent);
    List<Integer> chosen = selector.select(corpus, new double[] {0.1, 0.8, 0.1}, Budget.words(dependent + 1));
    assertFalse(chosen.contains(1), "alone it would not stand: " + chosen);
    assertEquals(List.of(), StandAlone.violations(corpus, chosen));
    assertEquals(List.of(), selector.select(corpus, new double[] {0.1, 0.8, 0.1}, Budget.sentences(1)).stream()
        .filter(s -> s == 1).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void aRequiredSentenceComesWithItsContext(SentenceSelector selector) {
    AnalyzedCorpus corpus = dependentStory();
    List<Integer> chosen = selector.select(corpus, new double[] {0.3, 0.3, 0.4}, Budget.words(100), List.of(1));
    assertEquals(List.of(0, 1), chosen.subList(0, 2));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("selectorsAndBudgets")
  void everyChosenSentenceStandsOnItsOwn(SentenceSelector selector, Budget budget) {
    AnalyzedCorpus corpus = analyzed(List.of(Article.of("a", LEAD + " " + BUT + " He said the salaries of public "
        + "employees were not guaranteed. Also, the finance ministry warned that oil revenue may fall next year."),
        Article.of("b", OTHER + " They blocked roads near the provincial council and burned tyres.")));
    double[] scores = RANKER.rank(corpus);
    assertEquals(List.of(), StandAlone.violations(corpus, selector.select(corpus, scores, budget)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("selectorsAndBudgets")
  void aChoiceStopsOnlyWhenWhatIsLeftDoesNotFit(SentenceSelector selector, Budget budget) {
    List<Integer> chosen = selector.select(story, storyScores, budget);
    int spent = budget.unit() == Budget.Unit.WORDS ? words(story, chosen) : chosen.size();
    java.util.OptionalInt left = selector.shortestLeft(story, storyScores, chosen, budget);
    assertTrue(left.isEmpty() || spent + left.getAsInt() > budget.limit(),
        budget + ": " + spent + " spent, and an addition of " + left + " would still fit");
    assertEquals(java.util.OptionalInt.empty(), selector.shortestLeft(story, storyScores,
        selector.select(story, storyScores, Budget.words(100_000)), Budget.words(100_000)), "nothing left at all");
  }
}
