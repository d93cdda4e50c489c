package newsbrief.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;
import newsbrief.Whitespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from a saved HTML page: its body text and what the page states about it.
 *
 * <p><b>Body.</b> Page furniture is removed first: {@code script}, {@code style}, {@code nav},
 * {@code header}, {@code footer}, {@code aside}, {@code form}, {@code figure} (with its caption),
 * media, HTML comments, hidden elements, navigation/banner/footer ARIA roles, and elements whose
 * {@code id} or {@code class} marks a comment section, share bar, newsletter box, related links
 * or advertisement. The body is then, in order of preference: the {@code itemprop=articleBody}
 * element; the {@code <article>} with the most paragraph text (unless a block outside it has more,
 * as on pages where {@code <article>} marks teasers); the element whose paragraphs hold the most
 * text (a paragraph counts fully for its parent and half for its grandparent, so bodies split
 * into one wrapper per paragraph are found whole); the whole {@code <body>}. Its text is written
 * one block (paragraph, heading, list item, quote) per paragraph, paragraphs separated by a blank
 * line, whitespace inside a paragraph collapsed (line breaks of the HTML source are spaces, as in a
 * browser); {@code <br><br>} and blank lines inside {@code <pre>} also separate paragraphs. When
 * no text is left, the JSON-LD {@code articleBody} is used if the page has one.
 *
 * <p><b>Metadata</b>, first found wins; nothing is guessed and values are kept as written:
 * <ul>
 *   <li>title: JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, {@code <title>};
 *   <li>outlet: JSON-LD {@code publisher.name}, {@code og:site_name};
 *   <li>date: JSON-LD {@code datePublished}, {@code article:published_time}, {@code <meta
 *       name="date">} (and {@code pubdate}, {@code publish-date}, {@code dc.date},
 *       {@code dc.date.issued}, {@code itemprop=datePublished}), {@code <time datetime>} (the
 *       published one, else the first inside the article, else the first on the page); the day
 *       written at the start of the value is kept, without time zone conversion;
 *   <li>url: {@code <link rel="canonical">}, {@code og:url}, JSON-LD {@code url};
 *   <li>extra {@code author}: JSON-LD {@code author} names, {@code <meta name="author">}.
 * </ul>
 * JSON-LD is read from every {@code <script type="application/ld+json">}: a single object, an
 * array, an {@code @graph}, or a page's {@code mainEntity}, with {@code @id} references resolved; the first node typed
 * {@code NewsArticle} (or a subtype) is used, else the first {@code Article}-like node. Scripts
 * that are not valid JSON are ignored.
 */
public final class HtmlExtractor {
  /** An article extracted from a page. */
  public record Page(String text, ArticleMetadata metadata) {}

  private static final String NO_TEXT = "no article text found in this HTML page (is it the full page? try --format text)";

  private static final String REMOVED_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
      + "video, audio, picture, img, map, button, input, select, textarea, option";
  /**
   * Deepest element nesting kept by the parser; deeper elements become siblings at this depth, as
   * browsers do at 512. Real pages stay under 60; the limit bounds the parser's scope searches and
   * every upward walk of the extractor, so that a page of a million nested elements is read in
   * linear time.
   */
  static final int MAX_DEPTH = 128;
  private static final Set<String> NEWS_TYPES = Set.of("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
      "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting");
  private static final Set<String> ARTICLE_TYPES = Set.of("Article", "BlogPosting", "SocialMediaPosting",
      "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle");
  private static final String[] DATE_META = {
    "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[name=date]",
    "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=dc.date]",
    "meta[name=dc.date.issued]", "meta[name=dcterms.date]", "meta[name=dcterms.issued]", "meta[itemprop=datePublished]",
  };

  private HtmlExtractor() {}

  /**
   * The article of {@code html}.
   *
   * @param where the path as given, for the message
   * @throws NewsbriefException when the page holds no article text
   */
  public static Page extract(String html, String where) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    JsonLd ld = JsonLd.of(doc);
    ArticleMetadata metadata = metadata(doc, ld);
    prune(doc);
    String text = ArticleBody.text(doc, metadata.title());
    if (!hasWordCharacter(text) && ld.body.isPresent()) {
      text = paragraphs(ld.body.get());
    }
    if (!hasWordCharacter(text)) {
      throw new NewsbriefException(where, NO_TEXT);
    }
    return new Page(text, metadata);
  }

  // ---------------------------------------------------------------------------------------------
  // Metadata

  private static ArticleMetadata metadata(Document doc, JsonLd ld) {
    Optional<String> title = ld.headline
        .or(() -> meta(doc, "meta[property=og:title]"))
        .or(() -> meta(doc, "meta[name=twitter:title]"))
        .or(() -> nonBlank(doc.title()));
    Optional<String> outlet = ld.publisher.or(() -> meta(doc, "meta[property=og:site_name]"));
    Optional<LocalDate> date = ld.published.flatMap(Dates::leading);
    for (int i = 0; i < DATE_META.length && date.isEmpty(); i++) {
      date = meta(doc, DATE_META[i]).flatMap(Dates::leading);
    }
    if (date.isEmpty()) {
      date = timeDate(doc);
    }
    Optional<String> url = attr(doc, "link[rel=canonical]", "href")
        .or(() -> meta(doc, "meta[property=og:url]"))
        .or(() -> ld.url);
    Map<String, String> extra = new HashMap<>();
    ld.author.or(() -> meta(doc, "meta[name=author]")).ifPresent(a -> extra.put("author", a));
    return new ArticleMetadata(title, outlet, date, url, extra);
  }

  /**
   * The day of a {@code <time datetime>}: the one marked published, else the first inside an
   * {@code <article>}, else the first on the page. One pass over the time elements; the upward
   * look for an article is bounded by the parser's depth limit.
   */
  private static Optional<LocalDate> timeDate(Document doc) {
    Optional<LocalDate> inArticle = Optional.empty();
    Optional<LocalDate> first = Optional.empty();
    for (Element time : doc.getElementsByTag("time")) {
      Optional<LocalDate> date = Dates.leading(time.attr("datetime"));
      if (date.isEmpty()) {
        continue;
      }
      if (time.attr("itemprop").equals("datePublished") || time.hasAttr("pubdate")) {
        return date;
      }
      if (inArticle.isEmpty() && time.closest("article") != null) {
        inArticle = date;
      }
      if (first.isEmpty()) {
        first = date;
      }
    }
    return inArticle.isPresent() ? inArticle : first;
  }

  private static Optional<String> meta(Document doc, String query) {
    return attr(doc, query, "content");
  }

  private static Optional<String> attr(Document doc, String query, String attribute) {
    for (Element e : doc.select(query)) {
      Optional<String> value = nonBlank(e.attr(attribute));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonBlank(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = Whitespace.collapse(value);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** What the page's JSON-LD states about its article; all empty when it has none. */
  private static final class JsonLd {
    Optional<String> headline = Optional.empty();
    Optional<String> published = Optional.empty();
    Optional<String> publisher = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<String> author = Optional.empty();
    Optional<String> body = Optional.empty();

    static JsonLd of(Document doc) {
      List<JsonNode> nodes = new ArrayList<>();
      for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
        try {
          JsonNode root = InputFormat.json().readTree(script.data().strip());
          if (root != null) {
            collect(root, nodes);
          }
        } catch (JsonProcessingException e) {
          // a broken script states nothing
        }
      }
      Map<String, JsonNode> byId = new HashMap<>();
      for (JsonNode node : nodes) {
        String id = node.path("@id").asText("");
        if (!id.isEmpty()) {
          byId.putIfAbsent(id, node);
        }
      }
      JsonNode article = nodes.stream().filter(n -> hasType(n, NEWS_TYPES)).findFirst()
          .or(() -> nodes.stream().filter(n -> hasType(n, ARTICLE_TYPES)).findFirst())
          .orElse(null);
      JsonLd ld = new JsonLd();
      if (article == null) {
        return ld;
      }
      ld.headline = text(article.get("headline")).or(() -> text(article.get("name")));
      ld.published = text(article.get("datePublished"));
      ld.publisher = name(article.get("publisher"), byId);
      ld.url = text(article.get("url")).or(() -> {
        JsonNode main = article.get("mainEntityOfPage");
        return main != null && main.isObject() ? text(main.get("@id")).or(() -> text(main.get("url"))) : text(main);
      });
      ld.author = names(article.get("author"), byId);
      JsonNode body = article.get("articleBody");
      ld.body = body != null && body.isTextual() ? Optional.of(body.textValue()) : Optional.empty();
      return ld;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
      if (node.isArray()) {
        node.forEach(n -> collect(n, into));
      } else if (node.isObject()) {
        into.add(node);
        for (String nested : new String[] {"@graph", "mainEntity"}) {
          JsonNode inner = node.get(nested);
          if (inner != null) {
            collect(inner, into);
          }
        }
      }
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
      JsonNode type = node.get("@type");
      if (type == null) {
        return false;
      }
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (types.contains(shortType(t.asText()))) {
            return true;
          }
        }
        return false;
      }
      return types.contains(shortType(type.asText()));
    }

    private static String shortType(String type) {
      return type.substring(type.lastIndexOf('/') + 1);
    }

    private static Optional<String> text(JsonNode node) {
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      if (node.isArray()) {
        return node.isEmpty() ? Optional.empty() : text(node.get(0));
      }
      return node.isValueNode() ? nonBlank(node.asText()) : Optional.empty();
    }

    /** The name of an organization or person: a string, an object with a name, or an {@code @id} reference. */
    private static Optional<String> name(JsonNode node, Map<String, JsonNode> byId) {
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      if (node.isArray()) {
        return node.isEmpty() ? Optional.empty() : name(node.get(0), byId);
      }
      if (node.isTextual()) {
        return nonBlank(node.asText());
      }
      Optional<String> own = text(node.get("name"));
      if (own.isPresent()) {
        return own;
      }
      JsonNode target = byId.get(node.path("@id").asText(""));
      return target != null && target != node ? text(target.get("name")) : Optional.empty();
    }

    private static Optional<String> names(JsonNode node, Map<String, JsonNode> byId) {
      if (node == null || !node.isArray()) {
        return name(node, byId);
      }
      Set<String> all = new LinkedHashSet<>();
      node.forEach(n -> name(n, byId).ifPresent(all::add));
      return all.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", all));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Body

  /** Removes what never holds article text: scripts, styles, media, controls, HTML comments. */
  private static void prune(Document doc) {
    List<Node> comments = new ArrayList<>();
    doc.forEachNode(node -> {
      if (node instanceof Comment) {
        comments.add(node);
      }
    });
    comments.forEach(Node::remove);
    doc.select(REMOVED_TAGS).remove();
  }

  /** Plain text (JSON-LD articleBody) as paragraphs separated by blank lines. */
  private static String paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String paragraph = Whitespace.collapse(line);
      if (!paragraph.isEmpty()) {
        out.add(paragraph);
      }
    }
    return out.isEmpty() ? "" : String.join("\n\n", out) + "\n";
  }

  private static boolean hasWordCharacter(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
