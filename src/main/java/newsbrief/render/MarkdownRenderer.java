package newsbrief.render;

import java.util.List;
import java.util.stream.Collectors;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;

/**
 * Renders a brief as Markdown: a title with the dates covered, what it was made from, the chosen
 * sentences as bullets citing their sources ({@code [n]}) and the other articles that say the
 * same ({@code also in [2], [4]}), then the numbered sources. Pure: the same brief gives the same
 * bytes.
 */
public final class MarkdownRenderer {
  public String render(Brief brief) {
    StringBuilder out = new StringBuilder();
    out.append("# Daily brief").append(dateRange(brief)).append("\n\n");
    out.append(summaryLine(brief)).append("\n\n");
    for (BriefLine line : brief.lines()) {
      out.append("- ").append(line.sentence().text().strip()).append(" [").append(line.source() + 1).append(']');
      if (!line.alsoIn().isEmpty()) {
        out.append(" (also in ").append(citations(line.alsoIn())).append(')');
      }
      out.append('\n');
    }
    out.append("\n## Sources\n\n");
    List<Article> sources = brief.sources();
    for (int i = 0; i < sources.size(); i++) {
      out.append(i + 1).append(". ").append(describe(sources.get(i))).append('\n');
    }
    return out.toString();
  }

  private static String dateRange(Brief brief) {
    if (brief.firstDate().isEmpty()) {
      return "";
    }
    String first = brief.firstDate().get().toString();
    String last = brief.lastDate().get().toString();
    return first.equals(last) ? ", " + first : ", " + first + " to " + last;
  }

  private static String summaryLine(Brief brief) {
    int articles = brief.sources().size();
    long outlets = brief.outletCount();
    long undated = brief.sources().stream().filter(a -> a.metadata().date().isEmpty()).count();
    StringBuilder line = new StringBuilder();
    line.append(articles).append(articles == 1 ? " article" : " articles");
    if (outlets > 0) {
      line.append(" from ").append(outlets).append(outlets == 1 ? " outlet" : " outlets");
    }
    if (undated > 0) {
      line.append(undated == articles ? (articles == 1 ? "; it states no date" : "; none states a date")
          : "; " + undated + " state" + (undated == 1 ? "s" : "") + " no date");
    }
    line.append(". ").append(brief.lines().size()).append(brief.lines().size() == 1 ? " sentence, " : " sentences, ")
        .append(brief.wordCount()).append(" words.");
    return line.toString();
  }

  private static String citations(List<Integer> sources) {
    return sources.stream().map(s -> "[" + (s + 1) + "]").collect(Collectors.joining(", "));
  }

  static String describe(Article article) {
    ArticleMetadata meta = article.metadata();
    StringBuilder out = new StringBuilder();
    out.append(meta.outlet().orElse("Outlet not stated"));
    meta.title().ifPresent(t -> out.append(", \"").append(t).append('"'));
    out.append(", ").append(meta.date().map(Object::toString).orElse("date not stated"));
    out.append(" (").append(article.origin()).append(')');
    return out.toString();
  }
}
