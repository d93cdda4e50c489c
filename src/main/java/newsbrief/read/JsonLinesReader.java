package newsbrief.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;

/**
 * Reads JSON Lines: one JSON object per line, one article each; blank lines are skipped.
 *
 * <p>Fields: {@code text} (required, the article), {@code title}, {@code source} (the outlet;
 * {@code outlet} is accepted too), {@code date} ({@code YYYY-MM-DD} or an ISO date-time; the day
 * written is kept), {@code url}, {@code id}. Other fields with a string, number or boolean value
 * are kept as metadata extras; {@code null} counts as absent.
 *
 * <p>Each article's id is its {@code id} field, else {@code STEM-LINE}; its origin is
 * {@code WHERE:LINE}. A bad line is one problem at {@code WHERE:LINE}; the other lines are still
 * read.
 */
public final class JsonLinesReader {
  private static final Set<String> KNOWN = Set.of("text", "title", "source", "outlet", "url", "date", "id");
  static final String EXAMPLE = "{\"title\": \"...\", \"text\": \"...\"}";

  private JsonLinesReader() {}

  /**
   * The articles of {@code text}, and one problem per line that is not a usable article.
   *
   * @param where the path as given, for origins and messages
   * @param stem the file name without extension, for ids of lines without an {@code id}
   */
  public static InputBatch parse(String text, String where, String stem) {
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    // Only real line breaks: a raw U+2028 is legal inside a JSON string.
    String[] lines = text.split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || (i == 0 && line.strip().equals("\uFEFF"))) {
        continue;
      }
      String at = where + ":" + (i + 1);
      try {
        articles.add(article(line, at, stem + "-" + (i + 1)));
      } catch (NewsbriefException e) {
        problems.add(InputProblem.of(e, at));
      }
    }
    return new InputBatch(articles, problems, List.of());
  }

  private static JsonNode object(String line, String at) {
    try {
      JsonNode node = InputFormat.json().readTree(line);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JsonProcessingException e) {
      // reported below, with the line
    }
    throw new NewsbriefException(at, "not a JSON object (write one article per line, e.g. " + EXAMPLE + ")");
  }

  /**
   * The article of one line, by the same rules as {@link #parse}: for readers that split lines
   * themselves (the Spark job reads JSON Lines and Parquet rows as lines).
   *
   * @param at where the line is, {@code WHERE:LINE}: the article's origin and the place of a problem
   * @param defaultId the article's id when the line has no {@code id}
   * @throws NewsbriefException at {@code at} when the line is not a usable article
   */
  public static Article article(String line, String at, String defaultId) {
    JsonNode node = object(line, at);
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new NewsbriefException(at, "no \"text\" field (every line needs the article's text, e.g. " + EXAMPLE + ")");
    }
    String text = string(textNode, "text", at);
    if (Blank.isBlank(text)) {
      throw new NewsbriefException(at, "\"text\" is empty (give the article's text, or remove the line)");
    }
    Optional<String> title = optionalString(node, "title", at);
    Optional<String> outlet = optionalString(node, "source", at).or(() -> optionalString(node, "outlet", at));
    Optional<String> url = optionalString(node, "url", at);
    Optional<String> dateText = optionalString(node, "date", at);
    Optional<LocalDate> date = Optional.empty();
    if (dateText.isPresent() && !dateText.get().isBlank()) {
      date = Dates.strict(dateText.get());
      if (date.isEmpty()) {
        throw new NewsbriefException(at, "date '" + dateText.get()
            + "' is not YYYY-MM-DD or an ISO date-time (write e.g. \"date\": \"2024-11-28\", or leave it out)");
      }
    }
    String id = optionalString(node, "id", at).map(String::strip).filter(s -> !s.isEmpty()).orElse(defaultId);
    Map<String, String> extra = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (!KNOWN.contains(key) && value.isValueNode() && !value.isNull()) {
        extra.put(key, value.asText());
      }
    }
    return new Article(id, at, text, new ArticleMetadata(title, outlet, date, url, extra));
  }

  private static Optional<String> optionalString(JsonNode object, String field, String at) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(string(value, field, at));
  }

  private static String string(JsonNode value, String field, String at) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber() && !field.equals("text")) {
      return value.asText();
    }
    String kind = value.isObject() ? "an object"
        : value.isArray() ? "a list"
        : value.isNumber() ? "a number"
        : value.isBoolean() ? "true or false"
        : "of another kind";
    throw new NewsbriefException(at, "\"" + field + "\" is " + kind + ", not a string (write e.g. \"" + field + "\": \"...\")");
  }
}
