package newsbrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import newsbrief.graph.ArticleGroups;
import newsbrief.render.MarkdownRenderer;
import newsbrief.select.Length;
import newsbrief.text.StopWords;
import newsbrief.text.Analyzer;
import newsbrief.text.Stemmer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The daily brief of the five seed articles meets what issue 2 asks of it. */
class SeedBriefTest {
  private static List<Article> articles;
  private static Summarizer summarizer;
  private static Brief brief;

  @BeforeAll
  static void summarizeSeeds() {
    articles = TestSupport.corpus();
    summarizer = new Summarizer(TestSupport.coreNlp());
    brief = summarizer.summarize(articles, Length.DEFAULT.budgetFor(0));
  }

  @Test
  void briefHasSentencesFromSeveralArticles() {
    assertTrue(brief.lines().size() >= 3, "too few sentences: " + brief.lines().size());
    assertTrue(brief.lines().stream().map(BriefLine::source).distinct().count() >= 3, "brief leans on too few articles");
  }

  @Test
  void staysWithinDefaultBudget() {
    assertTrue(brief.wordCount() <= Length.DEFAULT_WORDS, "words: " + brief.wordCount());
    assertTrue(brief.wordCount() >= Length.DEFAULT_WORDS * 3 / 4, "budget badly underused: " + brief.wordCount());
  }

  @Test
  void everyLineIsVerbatimInTheArticleItCites() {
    for (BriefLine line : brief.lines()) {
      Article source = brief.sources().get(line.source());
      Sentence sentence = line.sentence();
      assertEquals(sentence.text(), source.text().substring(sentence.begin(), sentence.end()));
      assertTrue(source.text().contains(sentence.text().strip()));
    }
  }

  @Test
  void noTwoLinesSayTheSameThing() {
    AnalyzedCorpus corpus = summarizer.analyze(articles);
    List<Integer> chosen = brief.lines().stream().map(l -> corpus.sentences().indexOf(l.sentence())).toList();
    assertFalse(chosen.contains(-1));
    for (int a : chosen) {
      for (int b : chosen) {
        if (a != b) {
          assertTrue(corpus.similarity(a, b) < summarizer.options().selection().redundancyThreshold(),
              "redundant pair:\n" + corpus.sentences().get(a).text() + "\n" + corpus.sentences().get(b).text());
        }
      }
    }
  }

  private static final Pattern FURNITURE = Pattern.compile(
      "leave a reply|email address|required fields|liam nguyen|journalist|view all posts|read full article|source:"
          + "|photo|getty|reuters/|newsletter|la source|share:|spot_img|min read|views:|^about ",
      Pattern.CASE_INSENSITIVE);

  @Test
  void noPageFurnitureReachesTheBrief() {
    for (BriefLine line : brief.lines()) {
      String text = line.sentence().text();
      assertFalse(FURNITURE.matcher(text).find(), "furniture in the brief: " + text);
      assertTrue(Pattern.compile("[.!?][\"'\u201d\u2019]*$").matcher(text.strip()).find(), "not a sentence: " + text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Liam Nguyen is an insightful tech journalist",
      "Your email address will not be published",
      "Members of an Iraqi Shiite militant group attend the funeral",
      "A mourner attends the funeral of a commander",
      "La source de cet article se trouve sur ce site",
      "underscores the interconnected nature of Middle Eastern alliances. [Getty]"})
  void furnitureIsRecognisedInTheCleanedCorpus(String furniture) {
    AnalyzedCorpus corpus = summarizer.analyze(articles);
    assertTrue(corpus.sentences().stream().noneMatch(s -> s.text().contains(furniture)),
        "furniture kept as a sentence: " + furniture);
    String all = String.join("\n", articles.stream().map(Article::text).toList());
    assertTrue(all.contains(furniture), "the test's furniture text is not in the corpus: " + furniture);
  }

  @Test
  void leadingDatelinesAreTrimmed() {
    AnalyzedCorpus corpus = summarizer.analyze(articles);
    assertTrue(corpus.sentences().stream().noneMatch(s -> s.text().startsWith("DUBAI") || s.text().contains("Shafaq News/")));
    assertTrue(corpus.sentences().stream().anyMatch(s -> s.text().startsWith("Iraqi leaders and factions have ramped up")));
  }

  @Test
  void theArticlePrintedTwiceCountsOnce() {
    AnalyzedCorpus corpus = summarizer.analyze(articles);
    long copies = corpus.sentences().stream()
        .filter(s -> s.text().toLowerCase(Locale.ROOT).startsWith("two decades after the u"))
        .count();
    assertEquals(1, copies);
  }

  @Test
  void theRewriteIsCitedAsCorroboration() {
    int rewrite = indexOfSource("israel-denies-truce-rewrite");
    assertTrue(brief.lines().stream().anyMatch(l -> l.alsoIn().contains(rewrite)), new MarkdownRenderer().render(brief));
  }

  @Test
  void newestDevelopmentIsVisible() {
    int newest = indexOfSource("new-arab-iraqi-factions-halt-attacks");
    assertTrue(brief.lines().stream().anyMatch(l -> l.source() == newest), new MarkdownRenderer().render(brief));
  }

  @Test
  void theRewriteAndItsOriginalAreOneCopyGroupAndNoOtherArticlesAre() {
    AnalyzedCorpus corpus = summarizer.analyze(articles);
    Analyzer normalizer = Analyzer.indexTerms(StopWords.english(), Stemmer.PORTER);
    List<List<String>> terms = new java.util.ArrayList<>();
    articles.forEach(a -> terms.add(new java.util.ArrayList<>()));
    corpus.sentences().forEach(s -> terms.get(s.article()).addAll(normalizer.terms(s.tokens())));
    int[] group = ArticleGroups.of(terms, summarizer.options().graph().copyThreshold());
    int rewrite = indexOfArticle("israel-denies-truce-rewrite");
    int original = indexOfArticle("shafaq-israel-denies-truce");
    assertEquals(group[rewrite], group[original]);
    assertEquals(4, java.util.Arrays.stream(group).distinct().count(), java.util.Arrays.toString(group));
  }

  private static int indexOfArticle(String id) {
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no article " + id);
  }

  @Test
  void sameInputGivesByteIdenticalOutput() {
    MarkdownRenderer renderer = new MarkdownRenderer();
    String first = renderer.render(brief);
    String second = renderer.render(new Summarizer(TestSupport.coreNlp()).summarize(TestSupport.corpus(), Length.DEFAULT.budgetFor(0)));
    assertEquals(first, second);
  }

  private static int indexOfSource(String id) {
    for (int i = 0; i < brief.sources().size(); i++) {
      if (brief.sources().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no source " + id);
  }
}
