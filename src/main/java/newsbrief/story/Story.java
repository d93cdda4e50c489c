package newsbrief.story;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One story of a day: the articles that report the same event, as indices into the day's input
 * list, ascending, and the same articles from the most central (the one most like the others) to
 * the least. Every article of the input belongs to exactly one story.
 *
 * @param articles indices of its articles in the input list: at least one, strictly increasing, none negative
 * @param centralFirst the same indices, most central first
 */
public record Story(List<Integer> articles, List<Integer> centralFirst) {
  public Story {
    articles = List.copyOf(articles);
    centralFirst = List.copyOf(centralFirst);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one article");
    }
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i) < 0 || (i > 0 && articles.get(i) <= articles.get(i - 1))) {
        throw new IllegalArgumentException("story article indices must be non-negative and strictly increasing: " + articles);
      }
    }
    Set<Integer> ranked = new TreeSet<>(centralFirst);
    if (centralFirst.size() != articles.size() || !ranked.equals(new TreeSet<>(articles))) {
      throw new IllegalArgumentException("centralFirst must order the story's articles " + articles + ": " + centralFirst);
    }
  }

  /** A story whose articles are taken as central in input order. */
  public Story(List<Integer> articles) {
    this(articles, articles);
  }

  public static Story of(Integer... articles) {
    return new Story(List.of(articles));
  }

  public int size() {
    return articles.size();
  }

  /** Its first article in input order, which names it in tie-breaks. */
  public int first() {
    return articles.get(0);
  }

  /** Its most central article. */
  public int central() {
    return centralFirst.get(0);
  }
}
