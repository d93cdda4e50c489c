package newsbrief.order;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import newsbrief.Article;

/**
 * The order in which a reader meets articles and sentences: dated articles oldest first (so the
 * newest development comes last, where a chronological account ends), then undated ones, each
 * group in input order; within an article, text order.
 */
public final class ReadingOrder {
  private ReadingOrder() {}

  /** Input indices of the articles in reading order. */
  public static List<Integer> articles(List<Article> articles) {
    Comparator<Integer> byDate = Comparator.comparing(
        (Integer i) -> articles.get(i).metadata().date().orElse(LocalDate.MAX));
    return IntStream.range(0, articles.size()).boxed()
        .sorted(byDate.thenComparing(Comparator.naturalOrder()))
        .toList();
  }
}
