package newsbrief.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import newsbrief.NewsbriefException;

/**
 * How an input's text is read: plain text, an HTML page, or JSON Lines (one article per line).
 * {@link #AUTO} decides per input with {@link #detect}; the caller may force one format instead.
 */
public enum InputFormat {
  /** Plain text, one article per file (on standard input, several separated by {@code ---} lines). */
  TEXT,
  /** An HTML page; the article body and its metadata are extracted. */
  HTML,
  /** JSON Lines: one JSON object per line, each an article. */
  JSONL,
  /** Decide per input from the file name and content. */
  AUTO;

  /**
   * The JSON parser of the read package, built on first use: Jackson takes a noticeable part of a
   * second to set up, which a run on plain text or HTML without JSON-LD should not pay for.
   */
  static ObjectMapper json() {
    return JsonHolder.MAPPER;
  }

  /** Initialization-on-demand holder: the class, and so the mapper, is created by the first {@link #json()}. */
  private static final class JsonHolder {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Detects the format of one input, in this order:
   * <ol>
   *   <li>extension {@code .html}, {@code .htm}, {@code .xhtml} → HTML; {@code .jsonl}, {@code .ndjson} → JSONL;
   *   <li>content starting (after whitespace and a BOM) with {@code <!doctype html}, {@code <html}
   *       or {@code <head} (any case) → HTML;
   *   <li>first non-blank line a JSON object → JSONL;
   *   <li>content containing {@code <body} (any case) → HTML;
   *   <li>otherwise TEXT.
   * </ol>
   * The content rules apply to every other extension, {@code .txt} included.
   *
   * @param fileName the file name or path, or {@code null} (standard input)
   * @param text the decoded content
   * @return TEXT, HTML or JSONL, never AUTO
   */
  public static InputFormat detect(String fileName, String text) {
    String ext = extension(fileName);
    switch (ext) {
      case "html", "htm", "xhtml":
        return HTML;
      case "jsonl", "ndjson":
        return JSONL;
      default:
        break;
    }
    String head = stripLeading(text);
    String start = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")) {
      return HTML;
    }
    if (isJsonObject(firstLine(head))) {
      return JSONL;
    }
    if (containsIgnoreCase(text, "<body")) {
      return HTML;
    }
    return TEXT;
  }

  /** This format, or the detected one when this is {@link #AUTO}. */
  public InputFormat resolve(String fileName, String text) {
    return this == AUTO ? detect(fileName, text) : this;
  }

  /**
   * The format named {@code name} ({@code auto}, {@code text}, {@code html}, {@code jsonl}, any
   * case; {@code txt} and {@code ndjson} as synonyms), for a {@code --format} option.
   *
   * @throws NewsbriefException naming {@code --format} when the name is none of these
   */
  public static InputFormat named(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "auto" -> AUTO;
      case "text", "txt" -> TEXT;
      case "html", "htm" -> HTML;
      case "jsonl", "ndjson" -> JSONL;
      default -> throw new NewsbriefException("--format",
          "'" + name + "' is not a format (use auto, text, html or jsonl)");
    };
  }

  static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static boolean isJsonObject(String line) {
    String s = line.strip();
    if (!s.startsWith("{") || !s.endsWith("}")) {
      return false;
    }
    try {
      JsonNode node = json().readTree(s);
      return node != null && node.isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static String stripLeading(String text) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return text.substring(i);
  }

  private static String firstLine(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(0, end);
  }

  private static boolean containsIgnoreCase(String text, String needle) {
    int n = needle.length();
    for (int i = 0; i + n <= text.length(); i++) {
      if (text.regionMatches(true, i, needle, 0, n)) {
        return true;
      }
    }
    return false;
  }
}
