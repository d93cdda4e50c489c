package newsbrief.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.NewsbriefException;

/**
 * The publication dates an input is restricted to, both ends inclusive, either end open.
 *
 * <p>The rule for {@link #apply}: an article dated inside the window is kept; one dated outside is
 * left out; an article <b>without a date</b> is kept, since nothing says it is outside, and is
 * reported so that the user can check it or add a date (e.g. in a {@code .meta} sidecar). A
 * window open at both ends ({@link #ALL}) keeps everything and reports nothing.
 *
 * @param since first day kept, or empty for no lower bound
 * @param until last day kept, or empty for no upper bound
 */
public record DateWindow(Optional<LocalDate> since, Optional<LocalDate> until) {
  /** No restriction. */
  public static final DateWindow ALL = new DateWindow(Optional.empty(), Optional.empty());
  /** How many names a message lists before it says "and N more". */
  static final int LISTED = 5;

  /**
   * @throws NewsbriefException naming {@code --since} when since is after until
   */
  public DateWindow {
    since = since == null ? Optional.empty() : since;
    until = until == null ? Optional.empty() : until;
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new NewsbriefException("--since", since.get() + " is after --until " + until.get()
          + " (no article can be in this window; swap the dates)");
    }
  }

  /** The window from {@code since} to {@code until}; {@code null} leaves that end open. */
  public static DateWindow of(LocalDate since, LocalDate until) {
    return new DateWindow(Optional.ofNullable(since), Optional.ofNullable(until));
  }

  /**
   * The window given as {@code --since} and {@code --until} strings, {@code YYYY-MM-DD}; {@code
   * null} or blank leaves that end open.
   *
   * @throws NewsbriefException naming the option when a value is not a date
   */
  public static DateWindow parse(String since, String until) {
    return of(day(since, "--since"), day(until, "--until"));
  }

  private static LocalDate day(String value, String option) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new NewsbriefException(option, "'" + value + "' is not a date (write YYYY-MM-DD, e.g. 2024-11-28)");
    }
  }

  /** Whether this window restricts nothing. */
  public boolean isOpen() {
    return since.isEmpty() && until.isEmpty();
  }

  /** Whether {@code day} is inside this window. */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return since.map(s -> !day.isBefore(s)).orElse(true) && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  /**
   * What the window does to {@code articles}.
   *
   * @param kept the articles dated inside the window and those without a date, in input order
   * @param outside the articles dated outside it, left out
   * @param undated the kept articles without a date (empty when the window is open)
   * @param window this window, for the messages
   */
  public record Result(List<Article> kept, List<Article> outside, List<Article> undated, DateWindow window) {
    public Result {
      kept = List.copyOf(kept);
      outside = List.copyOf(outside);
      undated = List.copyOf(undated);
      Objects.requireNonNull(window, "window");
    }

    /**
     * Lines for the user, none when nothing was left out and nothing is undated, e.g.
     * {@code 2 articles left out, dated outside the window 2024-11-01 to 2024-11-30: a.txt
     * (2024-10-02), b.txt (2024-12-01)} and {@code 1 article without a date kept (the window
     * 2024-11-01 to 2024-11-30 cannot apply to it; add a date in a .meta sidecar to filter it):
     * c.txt}. Each lists at most five origins, then "and N more".
     */
    public List<String> messages() {
      List<String> lines = new ArrayList<>();
      if (!outside.isEmpty()) {
        lines.add(articles(outside.size()) + " left out, dated outside the window " + window.describe() + ": "
            + list(outside, true));
      }
      if (!undated.isEmpty()) {
        String them = undated.size() == 1 ? "it" : "them";
        lines.add(articles(undated.size()) + " without a date kept (the window " + window.describe()
            + " cannot apply to " + them + "; add a date in a .meta sidecar to filter " + them + "): " + list(undated, false));
      }
      return lines;
    }

    private static String articles(int n) {
      return n == 1 ? "1 article" : n + " articles";
    }

    private static String list(List<Article> articles, boolean withDates) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < Math.min(LISTED, articles.size()); i++) {
        Article a = articles.get(i);
        out.append(i == 0 ? "" : ", ").append(a.origin());
        if (withDates) {
          a.metadata().date().ifPresent(d -> out.append(" (").append(d).append(')'));
        }
      }
      if (articles.size() > LISTED) {
        out.append(" and ").append(articles.size() - LISTED).append(" more");
      }
      return out.toString();
    }
  }

  /** Splits {@code articles} by this window; see the class comment for the rule. */
  public Result apply(List<Article> articles) {
    List<Article> kept = new ArrayList<>();
    List<Article> outside = new ArrayList<>();
    List<Article> undated = new ArrayList<>();
    for (Article article : articles) {
      Optional<LocalDate> date = article.metadata().date();
      if (isOpen()) {
        kept.add(article);
      } else if (date.isEmpty()) {
        kept.add(article);
        undated.add(article);
      } else if (contains(date.get())) {
        kept.add(article);
      } else {
        outside.add(article);
      }
    }
    return new Result(kept, outside, undated, this);
  }

  /** The window in words: {@code 2024-11-01 to 2024-11-30}, {@code from 2024-11-01}, {@code up to 2024-11-30}. */
  public String describe() {
    if (since.isPresent() && until.isPresent()) {
      return since.get() + " to " + until.get();
    }
    if (since.isPresent()) {
      return "from " + since.get();
    }
    return until.map(u -> "up to " + u).orElse("any date");
  }
}
