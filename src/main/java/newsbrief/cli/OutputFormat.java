package newsbrief.cli;

import java.util.Locale;
import java.util.Optional;

/** What {@code brief} and {@code summarize} write: plain text, Markdown, JSON or an HTML page. */
enum OutputFormat {
  TEXT(".txt"), MARKDOWN(".md"), JSON(".json"), HTML(".html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension of this format, with its dot. */
  String extension() {
    return extension;
  }

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

  /**
   * The format a file name implies: {@code .json}, {@code .md} or {@code .markdown}, {@code .html}
   * or {@code .htm}, {@code .txt}; else {@code fallback}.
   */
  static OutputFormat forFile(String fileName, OutputFormat fallback) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return MARKDOWN;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return HTML;
    }
    return name.endsWith(".txt") || name.endsWith(".text") ? TEXT : fallback;
  }
}
