package newsbrief.story;

import java.util.List;
import java.util.Objects;
import newsbrief.Article;

/**
 * A story listed in one line under "Also reported": its headline and its articles, without a brief.
 *
 * @param story which of the day's articles it covers
 * @param headline a short line naming the story: a title from metadata, or a quoted sentence
 * @param sources the story's articles in citation order
 */
public record StoryMention(Story story, String headline, List<Article> sources) {
  public StoryMention {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(headline, "headline");
    sources = List.copyOf(sources);
    if (sources.size() != story.size()) {
      throw new IllegalArgumentException("a mention must cite the story's " + story.size() + " articles, not " + sources.size());
    }
  }
}
