package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.TestSupport;
import newsbrief.eval.BCubed;

/**
 * Days of news from the development sets in {@code ../shared/eval}, read at test time (the
 * licensed texts are never copied into the project), each with the true story of every article.
 */
final class DevDays {
  static final List<String> BASIL_YEARS = List.of("2010", "2011", "2012", "2013", "2014");

  private DevDays() {}

  /** Asserts that the seed articles of {@code corpus/}, added to {@code day}, form one story of their own. */
  static void assertSeedsFormTheirOwnStory(Day day, StoryGrouper grouper) {
    List<Article> seeds = TestSupport.corpus();
    int first = day.articles().size();
    Story seedStory = grouper.group(day.with(seeds, "seeds").articles()).stream()
        .filter(s -> s.articles().contains(first)).findFirst().orElseThrow();
    assertEquals(IntStream.range(first, first + seeds.size()).boxed().toList(), seedStory.articles(), day.name() + " and the seeds");
  }

  /** A folder of articles read as one day, and the true story of each article. */
  record Day(String name, List<Article> articles, List<String> truth) {
    Day {
      articles = List.copyOf(articles);
      truth = List.copyOf(truth);
    }

    /** The same day with every date removed: a day whose articles all came out at once. */
    Day undated() {
      return new Day(name + "-undated", articles.stream().map(a -> new Article(a.id(), a.origin(), a.text(),
          new ArticleMetadata(a.metadata().title(), a.metadata().outlet(), Optional.empty(), a.metadata().url(),
              a.metadata().extra()))).toList(), truth);
    }

    /** This day with {@code more} articles added after its own, each its own true story {@code story}. */
    Day with(List<Article> more, String story) {
      List<Article> all = new ArrayList<>(articles);
      List<String> stories = new ArrayList<>(truth);
      all.addAll(more);
      more.forEach(a -> stories.add(story));
      return new Day(name + "+" + story, all, stories);
    }

    BCubed score(List<Story> stories) {
      Integer[] found = new Integer[articles.size()];
      for (int s = 0; s < stories.size(); s++) {
        for (int a : stories.get(s).articles()) {
          found[a] = s;
        }
      }
      return BCubed.score(truth, List.of(found));
    }
  }

  /** One basil-dev year folder: the true story of an article is its file name without {@code -<outlet>}. */
  static Day basilYear(Path basil, String year) {
    List<Article> articles = TestSupport.readFolder(basil.resolve(year));
    return new Day(year, articles, articles.stream().map(a -> a.id().substring(0, a.id().lastIndexOf('-'))).toList());
  }

  /** The five basil-dev years in one folder. */
  static Day basilPooled(Path basil) {
    List<Article> articles = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    for (String year : BASIL_YEARS) {
      Day day = basilYear(basil, year);
      articles.addAll(day.articles());
      truth.addAll(day.truth());
    }
    return new Day("basil 2010-2014", articles, truth);
  }

  /** The DUC 2003 development set pooled into one day: each cluster folder is one true story. */
  static Day ducPooled(Path duc) {
    List<Article> articles = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    try (Stream<Path> clusters = Files.list(duc)) {
      for (Path cluster : clusters.filter(c -> Files.isDirectory(c.resolve("docs"))).sorted().toList()) {
        for (Article article : TestSupport.readFolder(cluster.resolve("docs"))) {
          articles.add(article);
          truth.add(cluster.getFileName().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Day("duc2003", articles, truth);
  }
}
