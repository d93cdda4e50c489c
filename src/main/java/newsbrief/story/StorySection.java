package newsbrief.story;

import java.util.Objects;
import newsbrief.Brief;

/**
 * One story's section of a day's brief: a headline and the story's own brief.
 *
 * @param story which of the day's articles it covers
 * @param headline a short line naming the story: a title from metadata, or a quoted sentence
 * @param brief the story's brief; its sources are the story's articles in citation order
 */
public record StorySection(Story story, String headline, Brief brief) {
  public StorySection {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(brief, "brief");
    if (brief.sources().size() != story.size()) {
      throw new IllegalArgumentException("a section's brief must cite the story's " + story.size()
          + " articles, not " + brief.sources().size());
    }
  }
}
