package newsbrief.story;

import java.util.List;
import newsbrief.Article;

/**
 * Groups articles into stories without being told how many there are. Implementations are
 * deterministic and thread-safe.
 */
public interface StoryGrouper {
  /**
   * The stories of the articles: a partition of {@code 0 .. articles.size() - 1}, stories ordered
   * by their first article. No articles give no stories; an article with no usable text is a story
   * of its own.
   */
  List<Story> group(List<Article> articles);
}
