package newsbrief.story;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newsbrief.Article;

/**
 * The order in which a day's stories are told: most articles first, then most distinct outlets,
 * then the most recent (by its newest dated article; stories with no date last), then the story
 * whose first article came first in the input.
 */
public final class CoverageOrder {
  private CoverageOrder() {}

  /** The stories sorted by coverage and recency; {@code articles} are the day's articles they index. */
  public static List<Story> sort(List<Story> stories, List<Article> articles) {
    Comparator<Story> order = Comparator.comparingInt((Story s) -> -s.size())
        .thenComparingLong(s -> -outlets(s, articles))
        .thenComparing((Story s) -> newest(s, articles).orElse(LocalDate.MIN), Comparator.reverseOrder())
        .thenComparingInt(Story::first);
    return stories.stream().sorted(order).toList();
  }

  private static long outlets(Story story, List<Article> articles) {
    return story.articles().stream().flatMap(a -> articles.get(a).metadata().outlet().stream()).distinct().count();
  }

  private static Optional<LocalDate> newest(Story story, List<Article> articles) {
    return story.articles().stream().flatMap(a -> articles.get(a).metadata().date().stream()).max(LocalDate::compareTo);
  }
}
