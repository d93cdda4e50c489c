package newsbrief.story;

import java.util.List;

/**
 * One story of a day: the articles that report the same event, as indices into the day's input
 * list, ascending. Every article of the input belongs to exactly one story.
 *
 * @param articles indices of its articles in the input list: at least one, strictly increasing, none negative
 */
public record Story(List<Integer> articles) {
  public Story {
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story needs at least one article");
    }
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i) < 0 || (i > 0 && articles.get(i) <= articles.get(i - 1))) {
        throw new IllegalArgumentException("story article indices must be non-negative and strictly increasing: " + articles);
      }
    }
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
}
