package newsbrief.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;

/**
 * Reads the {@code NAME.meta} sidecar format: {@code key: value} lines, {@code #} comments and
 * blank lines ignored; the format of the DUC 2003 copy ({@code date: YYYY-MM-DD}). Known keys are
 * {@code title}, {@code outlet}, {@code date}, {@code url}; others are kept as extras. A date of
 * {@code not stated} or {@code unknown} records that the page gives none.
 */
public final class MetadataSidecar {
  private MetadataSidecar() {}

  public static ArticleMetadata parse(String text, String origin) {
    Map<String, String> values = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new NewsbriefException(origin + ":" + (i + 1),
            "not a 'key: value' line (write e.g. 'date: 2024-11-28', or start the line with #)");
      }
      values.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
    }
    Optional<LocalDate> date = parseDate(values.remove("date"), origin);
    Optional<String> title = Optional.ofNullable(values.remove("title"));
    Optional<String> outlet = Optional.ofNullable(values.remove("outlet"));
    Optional<String> url = Optional.ofNullable(values.remove("url"));
    return new ArticleMetadata(title, outlet, date, url, values);
  }

  private static Optional<LocalDate> parseDate(String value, String origin) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("not stated") || lower.equals("unknown") || lower.equals("none")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException e) {
      throw new NewsbriefException(origin,
          "date '" + value + "' is not YYYY-MM-DD (write e.g. 'date: 2024-11-28', or 'date: not stated')");
    }
  }
}
