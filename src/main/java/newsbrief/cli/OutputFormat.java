package newsbrief.cli;

import java.util.Locale;
import java.util.Optional;

/** What {@code summarize} writes: plain text, Markdown as {@code brief} writes it, JSON, or an HTML page. */
enum OutputFormat {
  TEXT, MARKDOWN, JSON, HTML;

  /** The format named {@code name} (any case; {@code md} for Markdown), if there is one. */
  static Optional<OutputFormat> named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "text", "txt" -> Optional.of(TEXT);
      case "markdown", "md" -> Optional.of(MARKDOWN);
      case "json" -> Optional.of(JSON);
      case "html", "htm" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }

  /** The format a file name implies: {@code .json}, {@code .md} or {@code .markdown}, {@code .html} or {@code .htm}; text otherwise. */
  static OutputFormat forFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return HTML;
    }
    return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : TEXT;
  }
}
