package newsbrief.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Whitespace;
import newsbrief.story.DayBrief;
import newsbrief.story.StoryMention;
import newsbrief.story.StorySection;
import org.jsoup.nodes.Element;

/**
 * Renders a brief as one self-contained HTML page to read on a phone or a desktop: the style is
 * inline and nothing is fetched from elsewhere. The page holds what the Markdown holds (title and
 * dates, what the brief draws on, the sentences citing their sources, the numbered sources; for a
 * day of several stories a section per story, with a list of them first, then "Also reported"),
 * and each citation {@code [n]} links to its source's address when the source states one (else to
 * the source in the page's list). The page is built as a jsoup document, so every text and address
 * taken from the articles is escaped by the library, never joined into markup; only {@code http}
 * and {@code https} addresses (or bare host names such as {@code www.example.com}) become links.
 * Pure: the same brief gives the same bytes.
 */
public final class HtmlRenderer {
  private static final Pattern BARE_HOST = Pattern.compile("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?$");

  /** A narrow single column that reads on a phone, larger type on a desktop, light and dark. */
  private static final String STYLE = """
      :root { color-scheme: light dark; --ink: #1b1b1b; --muted: #5c5c5c; --rule: #d8d8d8; --link: #0b57a4; --paper: #ffffff; }
      @media (prefers-color-scheme: dark) {
        :root { --ink: #e8e8e8; --muted: #a8a8a8; --rule: #3a3a3a; --link: #8ab8f0; --paper: #141414; }
      }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
      body { margin: 0; background: var(--paper); color: var(--ink);
        font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
      main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.1rem 3rem; }
      h1 { font-size: 1.6rem; line-height: 1.2; margin: 0.6rem 0 0.4rem; }
      h2 { font-size: 1.25rem; line-height: 1.3; margin: 2rem 0 0.3rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
      h3 { font-size: 0.95rem; margin: 1rem 0 0.3rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
      p.about { color: var(--muted); margin: 0 0 0.8rem; }
      nav ol { margin: 0.4rem 0 0; padding-left: 1.4rem; }
      nav li { margin: 0.2rem 0; }
      ul.lines { list-style: none; margin: 0.6rem 0; padding: 0; }
      ul.lines li { margin: 0 0 0.8rem; padding-left: 0.9rem; border-left: 3px solid var(--rule); overflow-wrap: anywhere; }
      .day { font-weight: 600; }
      a { color: var(--link); }
      a.cite { text-decoration: none; font-size: 0.85em; white-space: nowrap; }
      .also { color: var(--muted); font-size: 0.85em; }
      ol.sources { font-size: 0.9rem; color: var(--muted); padding-left: 1.8rem; margin: 0.3rem 0 0; }
      ol.sources li { margin: 0.25rem 0; overflow-wrap: anywhere; }
      .origin { font-size: 0.85em; }
      ul.mentions { padding-left: 1.2rem; }
      footer { margin-top: 2.5rem; font-size: 0.85rem; color: var(--muted); }
      @media (min-width: 60rem) { body { font-size: 1.125rem; } main { padding-top: 2rem; } }
      """;

  /** The page of one brief. */
  public String render(Brief brief) {
    HtmlPage page = HtmlPage.of("Daily brief" + BriefWording.dateRange(brief.firstDate(), brief.lastDate()), STYLE);
    Element main = page.main();
    main.appendElement("p").addClass("about").text(BriefWording.summaryLine(brief));
    CitedSources cited = CitedSources.of(brief);
    appendLines(main, brief, cited, 1);
    main.appendElement("h2").text("Sources");
    appendSources(main, cited.listed(), 1);
    appendFooter(main);
    return page.html();
  }

  /** The page of a day's brief; a day that is one story gives exactly the page of its brief. */
  public String render(DayBrief day) {
    return day.singleStoryBrief().map(this::render).orElseGet(() -> renderStories(day));
  }

  private String renderStories(DayBrief day) {
    HtmlPage page = HtmlPage.of(BriefWording.dayTitle(day), STYLE);
    Element main = page.main();
    main.appendElement("p").addClass("about").text(BriefWording.daySummary(day));
    if (day.sections().size() > 1 || !day.alsoReported().isEmpty()) {
      Element contents = main.appendElement("nav").attr("aria-label", "Stories").appendElement("ol");
      for (int s = 0; s < day.sections().size(); s++) {
        contents.appendElement("li").appendElement("a").attr("href", "#story-" + (s + 1)).text(day.sections().get(s).headline());
      }
      if (!day.alsoReported().isEmpty()) {
        contents.appendElement("li").appendElement("a").attr("href", "#also-reported").text("Also reported");
      }
    }
    CitedSources.Day numbers = CitedSources.Day.of(day);
    for (int s = 0; s < day.sections().size(); s++) {
      StorySection section = day.sections().get(s);
      Brief brief = section.brief();
      int first = numbers.firstNumber(s);
      Element story = main.appendElement("section").id("story-" + (s + 1));
      story.appendElement("h2").text(section.headline());
      story.appendElement("p").addClass("about").text(BriefWording.sectionSummary(brief));
      appendLines(story, brief, numbers.section(s), first);
      story.appendElement("h3").text("Sources");
      appendSources(story, numbers.section(s).listed(), first);
    }
    if (!day.alsoReported().isEmpty() || day.storiesNotShown() > 0) {
      appendAlsoReported(main, day, numbers);
    }
    appendFooter(main);
    return page.html();
  }

  /** The lines, numbered as {@code cited} lists their sources, from {@code firstSource}. */
  private static void appendLines(Element parent, Brief brief, CitedSources cited, int firstSource) {
    Element list = parent.appendElement("ul").addClass("lines");
    for (int i = 0; i < brief.lines().size(); i++) {
      BriefLine line = brief.lines().get(i);
      Element item = list.appendElement("li");
      String day = BriefWording.dayLabel(brief, line);
      if (!day.isEmpty()) {
        item.appendElement("span").addClass("day").text(day.strip());
        item.appendText(" ");
      }
      item.appendText(Whitespace.collapse(line.sentence().text()));
      item.appendText(" ");
      appendCitation(item, brief.sources().get(line.source()), cited.number(line.source()) + firstSource - 1);
      if (!line.alsoIn().isEmpty()) {
        item.appendText(" ");
        Element also = item.appendElement("span").addClass("also").appendText("(also in ");
        List<Integer> shown = cited.alsoIn(i);
        for (int k = 0; k < shown.size(); k++) {
          if (k > 0) {
            also.appendText(", ");
          }
          appendCitation(also, brief.sources().get(shown.get(k)), cited.number(shown.get(k)) + firstSource - 1);
        }
        also.appendText((cited.moreAlsoIn(i) > 0 ? " and " + cited.moreAlsoIn(i) + " more" : "") + ")");
      }
    }
  }

  /** {@code [n]}, linking to the article's address when it states one, else to its place in the sources. */
  private static void appendCitation(Element parent, Article article, int number) {
    Element link = parent.appendElement("a").addClass("cite").text("[" + number + "]")
        .attr("href", address(article.metadata()).orElse("#source-" + number));
    link.attr("title", BriefWording.source(article));
  }

  private static void appendSources(Element parent, List<Article> sources, int firstSource) {
    Element list = parent.appendElement("ol").addClass("sources").attr("start", String.valueOf(firstSource));
    for (int i = 0; i < sources.size(); i++) {
      Article article = sources.get(i);
      ArticleMetadata meta = article.metadata();
      Element item = list.appendElement("li").id("source-" + (i + firstSource));
      item.appendText(meta.outlet().orElse("Outlet not stated"));
      Optional<String> address = address(meta);
      if (meta.title().isPresent() || address.isPresent()) {
        item.appendText(", ");
        String shown = meta.title().map(t -> "\u201c" + Whitespace.collapse(t) + "\u201d").orElse(meta.url().orElse(""));
        if (address.isPresent()) {
          item.appendElement("a").attr("href", address.get()).text(shown);
        } else {
          item.appendText(shown);
        }
      }
      item.appendText(", ");
      if (meta.date().isPresent()) {
        item.appendElement("time").attr("datetime", meta.date().get().toString()).text(meta.date().get().toString());
      } else {
        item.appendText("date not stated");
      }
      item.appendText(" ");
      item.appendElement("span").addClass("origin").text("(" + article.origin() + ")");
    }
  }

  private static void appendAlsoReported(Element main, DayBrief day, CitedSources.Day numbers) {
    Element also = main.appendElement("section").id("also-reported");
    also.appendElement("h2").text("Also reported");
    if (!day.alsoReported().isEmpty()) {
      Element list = also.appendElement("ul").addClass("mentions");
      for (int m = 0; m < day.alsoReported().size(); m++) {
        StoryMention mention = day.alsoReported().get(m);
        List<Article> listed = numbers.mentionSources(m);
        int first = numbers.mentionFirst(m);
        Element item = list.appendElement("li").appendText(mention.headline() + " ");
        int size = mention.sources().size();
        if (size > 1) {
          item.appendText("(" + size + " articles" + (listed.size() < size ? ", " + listed.size() + " listed" : "") + ") ");
        }
        for (int k = 0; k < listed.size(); k++) {
          if (k > 0) {
            item.appendText(" ");
          }
          appendCitation(item, listed.get(k), first + k);
        }
      }
    }
    if (day.storiesNotShown() > 0) {
      also.appendElement("p").addClass("about").text(BriefWording.notShown(day));
    }
    if (!day.alsoReported().isEmpty()) {
      also.appendElement("h3").text("Sources");
      for (int m = 0; m < day.alsoReported().size(); m++) {
        appendSources(also, numbers.mentionSources(m), numbers.mentionFirst(m));
      }
    }
  }

  private static void appendFooter(Element main) {
    main.appendElement("footer").text("Every line is quoted as written in its source, which is cited as [n].");
  }

  /**
   * The article's address as a link target: a stated {@code http} or {@code https} address, or a
   * bare host name (with an optional path) given the {@code https} scheme; nothing otherwise, so no
   * other scheme ({@code javascript:}, {@code data:}) ever becomes a link.
   */
  static Optional<String> address(ArticleMetadata meta) {
    return meta.url().map(String::strip).flatMap(url -> {
      String lower = url.toLowerCase(Locale.ROOT);
      if ((lower.startsWith("http://") || lower.startsWith("https://")) && !url.contains(" ")) {
        return Optional.of(url);
      }
      return BARE_HOST.matcher(url).matches() ? Optional.of("https://" + url) : Optional.empty();
    });
  }
}
