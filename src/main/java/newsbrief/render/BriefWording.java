package newsbrief.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import newsbrief.SafeText;
import newsbrief.Whitespace;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.story.DayBrief;

/**
 * The wording every rendering of a brief shares, so Markdown, text and the length comparison say
 * the same thing the same way: the dates covered, what the brief draws on, how a source is named.
 */
public final class BriefWording {
  private BriefWording() {}

  /** {@code ", FIRST to LAST"}, {@code ", DAY"} when they are one day, or nothing without dates. */
  public static String dateRange(Optional<LocalDate> firstDate, Optional<LocalDate> lastDate) {
    if (firstDate.isEmpty() || lastDate.isEmpty()) {
      return "";
    }
    String first = firstDate.get().toString();
    String last = lastDate.get().toString();
    return first.equals(last) ? ", " + first : ", " + first + " to " + last;
  }

  /**
   * E.g. {@code 5 articles from 5 outlets; 2 state no date. 6 sentences, 200 words.}, counting the
   * sources cited ({@link CitedSources}), and saying how many more were read but not cited.
   */
  public static String summaryLine(Brief brief) {
    CitedSources cited = CitedSources.of(brief);
    int articles = cited.listed().size();
    long outlets = cited.outletCount();
    long undated = cited.listed().stream().filter(a -> a.metadata().date().isEmpty()).count();
    StringBuilder line = new StringBuilder();
    line.append(count(articles, "article"));
    if (outlets > 0) {
      line.append(" from ").append(count(outlets, "outlet"));
    }
    if (undated > 0) {
      line.append(undated == articles ? (articles == 1 ? "; it states no date" : "; none states a date")
          : "; " + undated + " state" + (undated == 1 ? "s" : "") + " no date");
    }
    if (cited.notCited() > 0) {
      line.append("; ").append(String.format(Locale.ROOT, "%,d", cited.notCited()))
          .append(cited.notCited() == 1 ? " more was" : " more were").append(" read but not cited");
    }
    line.append(". ").append(count(brief.lines().size(), "sentence")).append(", ")
        .append(count(brief.wordCount(), "word")).append('.');
    return line.toString();
  }

  /** A source as listed in text: outlet, title in quotes, date, and where it was read from, each made one safe line. */
  public static String source(Article article) {
    return source(article, BriefWording::plain);
  }

  /** A source as listed in Markdown: as {@link #source(Article)}, each part escaped ({@link MarkdownText}). */
  public static String markdownSource(Article article) {
    return source(article, MarkdownText::inline);
  }

  /** Text from an input for plain-text output: one line, controls neutralised. */
  public static String plain(String text) {
    return SafeText.neutralise(Whitespace.collapse(text));
  }

  private static String source(Article article, UnaryOperator<String> escape) {
    ArticleMetadata meta = article.metadata();
    StringBuilder out = new StringBuilder(meta.outlet().map(escape).orElse("Outlet not stated"));
    meta.title().ifPresent(t -> out.append(", \"").append(escape.apply(t)).append('"'));
    out.append(", ").append(meta.date().map(Object::toString).orElse("date not stated"));
    return out.append(" (").append(escape.apply(article.origin())).append(')').toString();
  }

  /**
   * What a line says of its day when its brief's sources span several days: {@code "25 Jan: "}
   * from its article's date ({@code "25 Jan 2024: "} when the dates span years), {@code "Undated: "}
   * for an article without a date; nothing when the sources share one date or state none.
   */
  public static String dayLabel(Brief brief, BriefLine line) {
    List<LocalDate> dates = brief.sources().stream().flatMap(a -> a.metadata().date().stream()).distinct().toList();
    if (dates.size() < 2) {
      return "";
    }
    boolean oneYear = dates.stream().map(LocalDate::getYear).distinct().count() == 1;
    DateTimeFormatter format = DateTimeFormatter.ofPattern(oneYear ? "d MMM" : "d MMM uuuu", Locale.ENGLISH);
    return brief.sources().get(line.source()).metadata().date().map(format::format).orElse("Undated") + ": ";
  }

  /** The title of a day's brief: {@code Daily brief, FIRST to LAST}. */
  public static String dayTitle(DayBrief day) {
    return "Daily brief" + dateRange(day.firstDate(), day.lastDate());
  }

  /** What a story's section draws on, e.g. {@code 2024-11-27 to 2024-11-28. 3 articles from 3 outlets. 2 sentences, 76 words.} */
  public static String sectionSummary(Brief brief) {
    String dates = dateRange(brief.firstDate(), brief.lastDate());
    return (dates.isEmpty() ? "" : dates.substring(2) + ". ") + summaryLine(brief);
  }

  /**
   * Line {@code index} of {@code brief} as text and Markdown show it: its day ({@link #dayLabel}),
   * the sentence passed through {@code escape}, its source {@code [n]} and the others that say the
   * same, {@code (also in [2], [4])}, numbered as {@code cited} lists them from {@code firstSource}.
   */
  static String line(Brief brief, int index, CitedSources cited, int firstSource, UnaryOperator<String> escape) {
    BriefLine line = brief.lines().get(index);
    StringBuilder text = new StringBuilder(dayLabel(brief, line)).append(escape.apply(line.sentence().text()))
        .append(" [").append(cited.number(line.source()) + firstSource - 1).append(']');
    if (!line.alsoIn().isEmpty()) {
      text.append(" (also in ").append(cited.alsoInText(index, firstSource)).append(')');
    }
    return text.toString();
  }

  /** E.g. {@code 3 more stories (4 articles) not shown.} */
  public static String notShown(DayBrief day) {
    return day.storiesNotShown() + (day.storiesNotShown() == 1 ? " more story (" : " more stories (")
        + count(day.articlesNotShown(), "article") + ") not shown.";
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * What a day's brief of several stories draws on and shows, e.g. {@code 30 articles in 4
   * stories, from 3 outlets. The 4 most covered are summarized below in 11 sentences, 198 words.}
   */
  public static String daySummary(DayBrief day) {
    int articles = day.articles().size();
    long outlets = day.outletCount();
    long undated = day.articles().stream().filter(a -> a.metadata().date().isEmpty()).count();
    StringBuilder line = new StringBuilder();
    line.append(articles).append(articles == 1 ? " article" : " articles")
        .append(" in ").append(day.storyCount()).append(day.storyCount() == 1 ? " story" : " stories");
    if (outlets > 0) {
      line.append(", from ").append(outlets).append(outlets == 1 ? " outlet" : " outlets");
    }
    if (undated > 0) {
      line.append(undated == articles ? "; none states a date" : "; " + undated + " state" + (undated == 1 ? "s" : "") + " no date");
    }
    line.append('.');
    int sections = day.sections().size();
    if (sections > 0) {
      line.append(sections == 1 ? " The most covered is" : " The " + sections + " most covered are")
          .append(" summarized below in ").append(day.sentenceCount()).append(day.sentenceCount() == 1 ? " sentence, " : " sentences, ")
          .append(day.wordCount()).append(" words.");
    }
    int mentions = day.alsoReported().size();
    if (mentions > 0) {
      line.append(' ').append(mentions).append(mentions == 1 ? " more is" : " more are").append(" listed under Also reported.");
    }
    return line.toString();
  }
}
