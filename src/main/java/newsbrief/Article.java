package newsbrief;

import java.util.Objects;

/**
 * One news article as read: where it came from, its text exactly as given, and what is known of it.
 *
 * @param id short stable name (a file name without extension, a JSON id), unique within one input
 * @param origin where it was read from, for messages and citations (a path, {@code <stdin>})
 * @param text the whole text, unchanged; sentence offsets point into it
 * @param metadata what the page or a sidecar states about it; never invented
 */
public record Article(String id, String origin, String text, ArticleMetadata metadata) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** An article with no metadata, named by {@code id}. */
  public static Article of(String id, String text) {
    return new Article(id, id, text, ArticleMetadata.EMPTY);
  }
}
