package newsbrief;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a page states about an article. Every field is optional: an article without metadata is
 * summarized all the same, and a missing date is shown as missing, never guessed.
 *
 * @param title headline as printed
 * @param outlet publication name
 * @param date publication date
 * @param url address or domain the page names
 * @param extra any other {@code key: value} pairs of a sidecar (author, credit, ...), sorted by key
 */
public record ArticleMetadata(
    Optional<String> title,
    Optional<String> outlet,
    Optional<LocalDate> date,
    Optional<String> url,
    Map<String, String> extra) {

  public static final ArticleMetadata EMPTY =
      new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  public ArticleMetadata {
    title = clean(title);
    outlet = clean(outlet);
    url = clean(url);
    date = date == null ? Optional.empty() : date;
    extra = Collections.unmodifiableSortedMap(new TreeMap<>(extra == null ? Map.of() : extra));
  }

  private static Optional<String> clean(Optional<String> value) {
    return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
  }
}
