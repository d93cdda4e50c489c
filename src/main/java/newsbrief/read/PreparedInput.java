package newsbrief.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsbrief.Article;

/**
 * The articles to summarize, and what became of the others: the collected batch, then the date
 * window, then copies dropped, in the order the {@linkplain newsbrief.read package overview}
 * explains (window first, so that a copy inside the window is never dropped for an original
 * outside it).
 *
 * @param batch what the inputs gave, with their problems
 * @param window what the date window kept and left out
 * @param copies what the duplicate filter kept and dropped, from the articles in the window
 */
public record PreparedInput(InputBatch batch, DateWindow.Result window, DuplicateFilter.Result copies) {
  public PreparedInput {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(copies, "copies");
  }

  /** Applies {@code window}, then {@code filter}, to the articles of {@code batch}. */
  public static PreparedInput of(InputBatch batch, DateWindow window, DuplicateFilter filter) {
    DateWindow.Result inWindow = window.apply(batch.articles());
    return new PreparedInput(batch, inWindow, filter.filter(inWindow.kept()));
  }

  /** The articles to summarize: in the window, copies dropped, in input order. */
  public List<Article> articles() {
    return copies.kept();
  }

  /**
   * Lines for the user about articles read but not summarized, or kept with a caveat: those left
   * out by the window, undated ones it could not apply to, and groups of copies. Problems of
   * inputs that gave no article are in {@link InputBatch#problemLines()}.
   */
  public List<String> notes() {
    List<String> lines = new ArrayList<>(window.messages());
    lines.addAll(copies.messages());
    return lines;
  }
}
