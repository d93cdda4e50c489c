package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateFilterTest {
  static final String STORY = "Israeli Minister Zeev Elkin said on Thursday that there is no truce with Iraq and Yemen, "
      + "citing their support for Hamas. Iraqi Prime Minister Mohammed Shia al-Sudani, currently in Spain, is seeking "
      + "international backing to counter potential Israeli military action. A government source said al-Sudani is "
      + "engaging with the European Union to secure global opposition to any strike on Iraqi territory.";
  static final String OTHER = "Iraq is working to avoid being drawn into the regional war, officials told Reuters. "
      + "Baghdad has asked Tehran to help restrain armed factions that launched drones at Israel, according to four "
      + "sources familiar with the talks, but the requests were refused.";

  private final DuplicateFilter filter = new DuplicateFilter();

  private static Article article(String origin, String text) {
    return new Article(origin.replace(".txt", ""), origin, text, ArticleMetadata.EMPTY);
  }

  private static List<String> origins(List<Article> articles) {
    return articles.stream().map(Article::origin).toList();
  }

  @Test
  void emptyOneTwo() {
    assertEquals(new DuplicateFilter.Result(List.of(), List.of()), filter.filter(List.of()));
    Article a = article("a.txt", STORY);
    assertEquals(new DuplicateFilter.Result(List.of(a), List.of()), filter.filter(List.of(a)));
    Article b = article("b.txt", OTHER);
    assertEquals(new DuplicateFilter.Result(List.of(a, b), List.of()), filter.filter(List.of(a, b)));
    Article copy = article("copy.txt", STORY);
    DuplicateFilter.Result result = filter.filter(List.of(a, copy));
    assertEquals(List.of(a), result.kept());
    assertEquals(List.of("1 article looks like a copy of a.txt (dropped, counted once): copy.txt (same text)"), result.messages());
    assertEquals(1, result.dropped());
  }

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("same text", STORY, "same"),
        Arguments.of("case, spacing and punctuation differ", STORY.toUpperCase(java.util.Locale.ROOT).replace(", ", " ; ").replace(". ", ".\n\n"), "same"),
        Arguments.of("full-width and ligature forms (NFKC)", STORY.replace("fi", "\ufb01").replace("Iraq", "Ｉｒａｑ"), "same"),
        Arguments.of("a headline added", "Israel denies truce with Iraq\n\n" + STORY, "near"),
        Arguments.of("a byline and dateline added", "By Staff Writer\nBAGHDAD (Reuters) - " + STORY, "near"),
        Arguments.of("a third dropped: an excerpt is not a copy", STORY.substring(0, STORY.lastIndexOf(" A government")),
            "distinct"),
        Arguments.of("a rewrite of the same event", "On Thursday Zeev Elkin, an Israeli minister, denied any truce with "
            + "Iraq or Yemen because both back Hamas. Al-Sudani, visiting Spain, wants the world to oppose an Israeli strike.",
            "distinct"),
        Arguments.of("another story", OTHER, "distinct"),
        Arguments.of("a short excerpt", STORY.substring(0, 60), "distinct"),
        Arguments.of("no words at all", "— … —", "distinct"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void pairs(String name, String second, String expected) {
    DuplicateFilter.Result result = filter.filter(List.of(article("a.txt", STORY), article("b.txt", second)));
    switch (expected) {
      case "same" -> assertEquals(List.of("1 article looks like a copy of a.txt (dropped, counted once): b.txt (same text)"),
          result.messages());
      case "near" -> {
        assertEquals(List.of("a.txt"), origins(result.kept()));
        DuplicateFilter.Copy copy = result.groups().get(0).copies().get(0);
        assertEquals(false, copy.exact());
        assertTrue(copy.similarity() >= 0.8 && copy.similarity() < 1.0, "similarity " + copy.similarity());
      }
      default -> assertEquals(List.of("a.txt", "b.txt"), origins(result.kept()));
    }
  }

  @Test
  void copiesAreGroupedUnderTheFirstOriginalAndCountedOnce() {
    String near = STORY.replace("Thursday", "Friday");
    List<Article> input = List.of(
        article("a.txt", STORY), article("other.txt", OTHER), article("b.txt", near), article("c.txt", STORY),
        article("other-copy.txt", OTHER));
    DuplicateFilter.Result result = filter.filter(input);
    assertEquals(List.of("a.txt", "other.txt"), origins(result.kept()));
    assertEquals(3, result.dropped());
    double similarity = result.groups().get(0).copies().get(0).similarity();
    assertEquals(List.of(
        "2 articles look like copies of a.txt (dropped, counted once): b.txt (near copy, "
            + (int) Math.floor(similarity * 100) + "% alike by 5-word runs), c.txt (same text)",
        "1 article looks like a copy of other.txt (dropped, counted once): other-copy.txt (same text)"), result.messages());
  }

  @Test
  void ofACopyGroupTheArticleThatStatesTheMostIsKeptInThePlaceOfTheFirst() {
    ArticleMetadata stated = new ArticleMetadata(java.util.Optional.of("Israel denies truce"),
        java.util.Optional.of("Shafaq News"), java.util.Optional.of(java.time.LocalDate.of(2024, 11, 28)),
        java.util.Optional.empty(), java.util.Map.of());
    Article bare = article("a.txt", STORY);
    Article dated = new Article("b", "b.txt", STORY, stated);
    Article other = article("other.txt", OTHER);
    DuplicateFilter.Result result = filter.filter(List.of(bare, other, dated));
    assertEquals(List.of("b.txt", "other.txt"), origins(result.kept()));
    assertEquals(List.of("1 article looks like a copy of b.txt (dropped, counted once): a.txt (same text)"), result.messages());
    assertEquals(List.of("a.txt", "other.txt"), origins(filter.filter(List.of(bare, other, article("c.txt", STORY))).kept()),
        "on a tie the first is kept");
  }

  @Test
  void shortTextsOnlyMatchTheSameText() {
    DuplicateFilter.Result result = filter.filter(List.of(
        article("a.txt", "Breaking news."), article("b.txt", "breaking NEWS!"), article("c.txt", "Breaking views.")));
    assertEquals(List.of("a.txt", "c.txt"), origins(result.kept()));
  }

  @Test
  void aStricterThresholdKeepsNearCopies() {
    String near = "Israel denies truce with Iraq\n\n" + STORY;
    assertEquals(2, new DuplicateFilter(1.0).filter(List.of(article("a.txt", STORY), article("b.txt", near))).kept().size());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.49, 1.01, Double.NaN})
  void thresholdOutOfRange(double threshold) {
    assertThrows(IllegalArgumentException.class, () -> new DuplicateFilter(threshold));
  }

  @Test
  void jaccard() {
    assertEquals(0.0, DuplicateFilter.jaccard(new int[0], new int[0]));
    assertEquals(1.0, DuplicateFilter.jaccard(new int[] {1, 2}, new int[] {1, 2}));
    assertEquals(0.5, DuplicateFilter.jaccard(new int[] {-3, 1, 2}, new int[] {-3, 1, 5}));
    assertEquals(0.0, DuplicateFilter.jaccard(new int[] {1}, new int[] {2}));
  }

  /** Ten thousand articles: copies are found without comparing every pair. */
  @Test
  void scalesWithTheTextNotThePairs() {
    Random random = new Random(42);
    String[] vocabulary = new String[5000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + Integer.toString(i, 36);
    }
    List<Article> articles = new ArrayList<>();
    List<String[]> texts = new ArrayList<>();
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      String[] words = new String[60];
      if (i % 100 == 99) {
        // A near copy of an earlier article: one word changed (51 of 61 shingles shared, 83% alike).
        words = texts.get(i - 50).clone();
        words[30] = "changed";
      } else if (i % 100 == 98) {
        words = texts.get(i - 10).clone();
      } else {
        for (int w = 0; w < words.length; w++) {
          words[w] = vocabulary[random.nextInt(vocabulary.length)];
        }
      }
      texts.add(words);
      articles.add(article("a" + i + ".txt", String.join(" ", words)));
    }
    DuplicateFilter.Scan scan = filter.scan(articles);
    assertEquals(200, scan.result.dropped());
    assertEquals(n - 200, scan.result.kept().size());
    assertTrue(scan.comparisons < 2L * n, "exact comparisons: " + scan.comparisons);
  }
}
