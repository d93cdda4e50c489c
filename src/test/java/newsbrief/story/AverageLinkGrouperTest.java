package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.TestSupport;
import newsbrief.eval.BCubed;
import newsbrief.text.StopWords;
import newsbrief.vectorize.TermVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The story grouper on the ladder of small inputs, then its invariants, then at scale. */
class AverageLinkGrouperTest {
  private static final StoryOptions OPTIONS = StoryOptions.defaults();
  private static final AverageLinkGrouper GROUPER = new AverageLinkGrouper(new ArticleVectorizer(StopWords.english()), OPTIONS);

  private static final String FLOOD = "Heavy rain flooded the coastal town of Marden on Friday, and rescue teams "
      + "reached stranded families by boat. The river burst its banks after three days of storms, the mayor of Marden said.";
  private static final String FLOOD_AGAIN = "Rescue teams in boats reached families stranded by the flood in Marden, "
      + "where the river burst its banks on Friday after days of storms. The mayor said the town had never seen such rain.";
  private static final String RATES = "The central bank raised interest rates by half a point on Tuesday to curb inflation. "
      + "Markets had expected the increase, and bond yields barely moved, traders said.";

  private static Article dated(String id, String text, LocalDate date) {
    return new Article(id, id, text,
        new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.of(date), Optional.empty(), Map.of()));
  }

  @Test
  void noArticlesMakeNoStories() {
    assertEquals(List.of(), GROUPER.group(List.of()));
  }

  @Test
  void oneArticleIsOneStory() {
    assertEquals(List.of(Story.of(0)), GROUPER.group(List.of(Article.of("a", FLOOD))));
  }

  @Test
  void twoUnrelatedArticlesAreTwoStories() {
    assertEquals(List.of(Story.of(0), Story.of(1)), GROUPER.group(List.of(Article.of("a", FLOOD), Article.of("b", RATES))));
  }

  @Test
  void twoReportsOfOneEventAreOneStory() {
    assertEquals(List.of(Story.of(0, 1)), GROUPER.group(List.of(Article.of("a", FLOOD), Article.of("b", FLOOD_AGAIN))));
  }

  /**
   * Two close reports and a third article loosely like each (the same beat): its average to the
   * pair passes the merge threshold, but no report of the pair is close to it, so it stays a story
   * of its own; made a little closer to one of them, it joins.
   */
  @Test
  void anArticleLooselyLikeAStoryJoinsItOnlyWhenCloseToOneOfItsReports() {
    TermVector first = new TermVector(new int[] {0, 1, 3}, new double[] {1, 1, 0.3});
    TermVector second = new TermVector(new int[] {0, 1, 4}, new double[] {1, 1, 0.3});
    TermVector loose = new TermVector(new int[] {3, 4, 5}, new double[] {1, 1, 1.822});
    TermVector closer = new TermVector(new int[] {3, 4, 5}, new double[] {1.6, 1, 1.822});
    double looseAverage = (first.cosine(loose) + second.cosine(loose)) / 2;
    assertTrue(looseAverage >= OPTIONS.mergeThreshold() && first.cosine(loose) < OPTIONS.linkThreshold(), "premise");
    assertTrue(first.cosine(closer) >= OPTIONS.linkThreshold(), "premise");
    List<Optional<LocalDate>> undated = List.of(Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(Set.of(Set.of(0, 1), Set.of(2)), partition(GROUPER.group(List.of(first, second, loose), undated)));
    assertEquals(Set.of(Set.of(0, 1, 2)), partition(GROUPER.group(List.of(first, second, closer), undated)));
  }

  @Test
  void relatedArticlesFindEachOtherAcrossAnUnrelatedOne() {
    assertEquals(List.of(Story.of(0, 2), Story.of(1)),
        GROUPER.group(List.of(Article.of("a", FLOOD), Article.of("b", RATES), Article.of("c", FLOOD_AGAIN))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\n  ", "Leave a Reply\n\nSHARE:\n"})
  void anArticleWithoutProseIsAStoryOfItsOwn(String text) {
    assertEquals(List.of(Story.of(0, 2), Story.of(1)),
        GROUPER.group(List.of(Article.of("a", FLOOD), Article.of("empty", text), Article.of("c", FLOOD_AGAIN))));
  }

  @Test
  void theSameTextYearsApartIsTwoStories() {
    LocalDate day = LocalDate.of(2024, 11, 28);
    assertEquals(List.of(Story.of(0, 1)), GROUPER.group(List.of(dated("a", FLOOD, day), dated("b", FLOOD_AGAIN, day))));
    assertEquals(List.of(Story.of(0), Story.of(1)),
        GROUPER.group(List.of(dated("a", FLOOD, day), dated("b", FLOOD_AGAIN, day.minusYears(3)))));
  }

  /** Five reports of one story from different outlets and dates, two of them undated. */
  @Test
  void theSeedsAreOneStory() {
    List<Story> stories = GROUPER.group(TestSupport.corpus());
    assertEquals(1, stories.size(), stories.toString());
  }

  /**
   * Two stories of three reports each whose articles share only their beat's words, at an average
   * similarity between the one for absorbing an article (a close report, {@code linkThreshold})
   * and the one for joining established stories, stay apart; a single article as close to one of
   * them is absorbed.
   */
  @Test
  void establishedStoriesJoinOnlyOnStrongerEvidenceThanASingleArticle() {
    double target = (OPTIONS.linkThreshold() + OPTIONS.establishedMergeThreshold()) / 2;
    double beat = Math.sqrt(4 * target / (1 - target));
    List<TermVector> vectors = new ArrayList<>();
    for (int story = 0; story < 2; story++) {
      for (int report = 0; report < 3; report++) {
        vectors.add(new TermVector(new int[] {10 * story, 10 * story + 1, 10 * story + 2, 50, 100 + 3 * story + report},
            new double[] {1, 1, 1, beat, 1}));
      }
    }
    List<Optional<LocalDate>> undated = vectors.stream().map(v -> Optional.<LocalDate>empty()).toList();
    double cross = vectors.get(0).cosine(vectors.get(3));
    assertTrue(cross > OPTIONS.linkThreshold() && cross < OPTIONS.establishedMergeThreshold(), "cross similarity " + cross);
    assertEquals(Set.of(Set.of(0, 1, 2), Set.of(3, 4, 5)), partition(GROUPER.group(vectors, undated)));

    List<TermVector> storyAndOne = new ArrayList<>(vectors.subList(0, 3));
    storyAndOne.add(vectors.get(3));
    assertEquals(Set.of(Set.of(0, 1, 2, 3)), partition(GROUPER.group(storyAndOne, undated.subList(0, 4))));
  }

  /** Of three reports in a chain (the middle one close to both ends, the ends far apart), the middle is central. */
  @Test
  void theArticleMostLikeTheOthersIsCentral() {
    List<TermVector> chain = List.of(
        new TermVector(new int[] {0, 1, 2, 3}, new double[] {1, 1, 1, 1}),
        new TermVector(new int[] {2, 3, 4, 5}, new double[] {1, 1, 1, 1}),
        new TermVector(new int[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1}));
    List<Story> stories = GROUPER.group(chain, chain.stream().map(v -> Optional.<LocalDate>empty()).toList());
    assertEquals(List.of(0, 1, 2), stories.get(0).articles());
    assertEquals(2, stories.get(0).central());
    assertEquals(3, stories.get(0).centralFirst().size());
  }

  @Test
  void vectorsAndDatesMustPair() {
    assertThrows(IllegalArgumentException.class, () -> GROUPER.group(List.of(TermVector.EMPTY), List.of()));
  }

  @Test
  void storiesPartitionTheArticlesInOrderOfTheirFirst() {
    SyntheticDay day = SyntheticDay.generate(600, 3);
    List<Story> stories = GROUPER.group(day.vectors(), day.dates());
    List<Integer> all = stories.stream().flatMap(s -> s.articles().stream()).sorted().toList();
    assertEquals(IntStream.range(0, 600).boxed().toList(), all);
    for (int s = 1; s < stories.size(); s++) {
      assertTrue(stories.get(s - 1).first() < stories.get(s).first());
    }
  }

  @Test
  void theSameInputGivesTheSameStories() {
    SyntheticDay day = SyntheticDay.generate(600, 4);
    assertEquals(GROUPER.group(day.vectors(), day.dates()), GROUPER.group(day.vectors(), day.dates()));
  }

  @Test
  void inputOrderDoesNotChangeTheStories() {
    SyntheticDay day = SyntheticDay.generate(400, 5);
    List<TermVector> vectors = day.vectors();
    List<Integer> order = IntStream.range(0, vectors.size()).boxed().collect(Collectors.toCollection(ArrayList::new));
    Collections.shuffle(order, new Random(5));
    List<Story> shuffled = GROUPER.group(order.stream().map(vectors::get).toList(), day.dates());
    Set<Set<Integer>> backInPlace = shuffled.stream()
        .map(s -> s.articles().stream().map(order::get).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
    assertEquals(partition(GROUPER.group(vectors, day.dates())), backInPlace);
  }

  /**
   * With every term in the signature and no floor, the sparse clustering must give what the
   * textbook algorithm gives on the full similarity matrix.
   */
  @Test
  void sparseClusteringMatchesDenseAverageLinkage() {
    StoryOptions exact = new StoryOptions(0.1, 3, 0.3, 0.2, 0, 1_000, 1_000, 180, 40, 2, Integer.MAX_VALUE, 12, 10);
    AverageLinkGrouper grouper = new AverageLinkGrouper(new ArticleVectorizer(StopWords.english()), exact);
    Random random = new Random(11);
    for (int trial = 0; trial < 30; trial++) {
      List<TermVector> vectors = randomVectors(random, 10 + random.nextInt(40));
      List<Optional<LocalDate>> undated = vectors.stream().map(v -> Optional.<LocalDate>empty()).toList();
      assertEquals(denseAverageLinkage(vectors, exact), partition(grouper.group(vectors, undated)), "trial " + trial);
    }
  }

  @Test
  void findsTheStoriesOfTwoThousandArticles() {
    SyntheticDay day = SyntheticDay.generate(2_000, 7);
    List<Story> stories = GROUPER.group(day.articles());
    assertTrue(bCubed(day, stories).f1() >= 0.95, "B-cubed " + bCubed(day, stories));
  }

  private static BCubed bCubed(SyntheticDay day, List<Story> stories) {
    Integer[] found = new Integer[day.stories().size()];
    for (int s = 0; s < stories.size(); s++) {
      for (int a : stories.get(s).articles()) {
        found[a] = s;
      }
    }
    return BCubed.score(day.stories(), List.of(found));
  }

  private static Set<Set<Integer>> partition(List<Story> stories) {
    return stories.stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
  }

  private static List<TermVector> randomVectors(Random random, int count) {
    List<TermVector> vectors = new ArrayList<>();
    for (int v = 0; v < count; v++) {
      int[] terms = random.ints(3 + random.nextInt(8), 0, 40).distinct().sorted().toArray();
      double[] weights = random.doubles(terms.length, 0.1, 3).toArray();
      vectors.add(new TermVector(terms, weights));
    }
    return vectors;
  }

  /** Greedy average linkage on the full cosine matrix, joining the most similar eligible pair each time. */
  private static Set<Set<Integer>> denseAverageLinkage(List<TermVector> vectors, StoryOptions options) {
    int n = vectors.size();
    List<Set<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      clusters.add(new HashSet<>(Set.of(i)));
    }
    while (true) {
      double best = -1;
      int bestA = -1;
      int bestB = -1;
      for (int a = 0; a < clusters.size(); a++) {
        for (int b = a + 1; b < clusters.size(); b++) {
          double sum = 0;
          double strongest = 0;
          for (int i : clusters.get(a)) {
            for (int j : clusters.get(b)) {
              sum += vectors.get(i).cosine(vectors.get(j));
              strongest = Math.max(strongest, vectors.get(i).cosine(vectors.get(j)));
            }
          }
          double average = sum / (clusters.get(a).size() * clusters.get(b).size());
          boolean established = Math.min(clusters.get(a).size(), clusters.get(b).size()) >= options.establishedStorySize();
          double threshold = established ? options.establishedMergeThreshold() : options.mergeThreshold();
          if (average >= threshold && (established || strongest >= options.linkThreshold()) && average > best) {
            best = average;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0) {
        return clusters.stream().map(Set::copyOf).collect(Collectors.toSet());
      }
      clusters.get(bestA).addAll(clusters.remove(bestB));
    }
  }
}
