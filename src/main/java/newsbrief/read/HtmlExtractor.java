package newsbrief.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;
import newsbrief.Whitespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

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

  private static final String NO_TEXT = "no article text found in this HTML page (is it the full page? try --input-format text)";

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
  private static final Set<String> SITE_TYPES = Set.of("WebSite", "NewsMediaOrganization", "Organization");
  private static final Set<String> ARTICLE_TYPES = Set.of("Article", "BlogPosting", "SocialMediaPosting",
      "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle");
  private static final Pattern PUBLICATION_KEY = Pattern.compile("publish|pubdate|pdate|issued|datecreated");
  private static final Pattern DATE_KEY = Pattern.compile("(^|[^a-z])date$|^date");
  private static final Pattern NOT_PUBLICATION = Pattern.compile("modif|updat|revis|expir|edit|birth|event|start|end");
  private static final Set<String> PUBLISHED_WORDS = Set.of("published", "publish", "pubdate", "posted", "postdate",
      "postedon", "publication");
  private static final Set<String> DATE_WORDS = Set.of("date", "dateline", "timestamp", "time", "byline", "meta");
  private static final Set<String> MODIFIED_WORDS = Set.of("modified", "updated", "update", "revised", "edited");
  private static final int MAX_DATE_TEXT = 200;
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*[|\\-\u2013\u2014:]\\s*(\\S.*)");

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
    Map<String, String> metas = metas(doc);
    Optional<String> pageTitle = nonBlank(doc.title());
    Optional<String> headline = ld.headline.or(() -> first(metas, "og:title", "twitter:title", "dc.title"));
    // The site's name after the headline in <title> ("Headline - The Daily"), when the headline is known apart.
    Optional<String> titleSuffix = pageTitle.flatMap(t -> headline.flatMap(h -> siteSuffix(t, h)));
    Optional<String> outlet = ld.publisher
        .or(() -> first(metas, "og:site_name", "application-name", "dc.publisher", "publisher"))
        .or(() -> ld.site)
        .or(() -> titleSuffix);
    Optional<String> title = headline.or(() -> pageTitle);
    Optional<LocalDate> date = ld.published.flatMap(Dates::stated)
        .or(() -> metaDate(metas, true))
        .or(() -> markedDate(doc))
        .or(() -> timeDate(doc))
        .or(() -> metaDate(metas, false))
        .or(() -> classedDate(doc));
    Optional<String> url = attr(doc, "link[rel=canonical]", "href")
        .or(() -> first(metas, "og:url"))
        .or(() -> ld.url);
    Map<String, String> extra = new HashMap<>();
    ld.author.or(() -> first(metas, "author")).ifPresent(a -> extra.put("author", a));
    return new ArticleMetadata(title, outlet, date, url, extra);
  }

  /**
   * Every {@code <meta>} of the page by its {@code property}, {@code name} and {@code itemprop}
   * (each word of them, lower-cased), to its first non-blank {@code content} (or {@code value}),
   * in one pass over the page.
   */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> metas = new LinkedHashMap<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      Optional<String> value = nonBlank(meta.attr("content")).or(() -> nonBlank(meta.attr("value")));
      if (value.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop"}) {
        for (String word : meta.attr(key).toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!word.isEmpty()) {
            metas.putIfAbsent(word, value.get());
          }
        }
      }
    }
    return metas;
  }

  private static Optional<String> first(Map<String, String> metas, String... keys) {
    for (String key : keys) {
      String value = metas.get(key);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * A publication date from the page's {@code <meta>}: with {@code published}, those whose key
   * names publication ({@code article:published_time}, {@code datePublished}, {@code pubdate},
   * ...), else those whose key ends in "date" ({@code date}, {@code dc.date},
   * {@code sailthru.date}); never a modification, update, revision or expiry date.
   */
  private static Optional<LocalDate> metaDate(Map<String, String> metas, boolean published) {
    for (Map.Entry<String, String> meta : metas.entrySet()) {
      String key = meta.getKey();
      if (NOT_PUBLICATION.matcher(key).find()) {
        continue;
      }
      boolean matches = published ? PUBLICATION_KEY.matcher(key).find() : DATE_KEY.matcher(key).find();
      Optional<LocalDate> date = matches ? Dates.stated(meta.getValue()) : Optional.empty();
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The date of an element marked {@code itemprop=datePublished} (not a {@code <meta>}): its attribute or text. */
  private static Optional<LocalDate> markedDate(Document doc) {
    for (Element e : doc.getElementsByAttribute("itemprop")) {
      if (!e.normalName().equals("meta") && List.of(e.attr("itemprop").split("\\s+")).contains("datePublished")) {
        Optional<LocalDate> date = valueDate(e);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first date written in an element whose class or id names a publication date
   * ({@code published_date}, {@code post-date}), else one naming a date, time stamp or byline.
   * One pass over the page's elements.
   */
  private static Optional<LocalDate> classedDate(Document doc) {
    Optional<LocalDate> other = Optional.empty();
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      if (e.id().isEmpty() && e.className().isEmpty()) {
        continue;
      }
      List<String> words = ArticleBody.nameWordsOf(e);
      if (words.stream().anyMatch(PUBLISHED_WORDS::contains) && words.stream().noneMatch(MODIFIED_WORDS::contains)) {
        Optional<LocalDate> date = valueDate(e);
        if (date.isPresent()) {
          return date;
        }
      } else if (other.isEmpty() && words.stream().anyMatch(DATE_WORDS::contains)
          && words.stream().noneMatch(MODIFIED_WORDS::contains)) {
        other = valueDate(e);
      }
    }
    return other;
  }

  /** A date in an element's {@code content}, {@code datetime} or {@code value} attribute, else in its short text. */
  private static Optional<LocalDate> valueDate(Element e) {
    for (String attribute : new String[] {"content", "datetime", "value"}) {
      Optional<LocalDate> date = Dates.stated(e.attr(attribute));
      if (date.isPresent()) {
        return date;
      }
    }
    String text = e.text();
    return text.length() <= MAX_DATE_TEXT ? Dates.stated(text) : Optional.empty();
  }

  /**
   * The site's name in a page title that is {@code headline} followed by {@code |}, {@code -},
   * {@code –}, {@code —} or {@code :} and one to six words ({@code ... - The New York Times}).
   */
  static Optional<String> siteSuffix(String title, String headline) {
    if (!title.startsWith(headline) || title.length() == headline.length()) {
      return Optional.empty();
    }
    Matcher m = SITE_SUFFIX.matcher(title.substring(headline.length()));
    if (!m.matches()) {
      return Optional.empty();
    }
    String suffix = m.group(1).strip();
    return suffix.split("\\s+").length <= 6 ? Optional.of(suffix) : Optional.empty();
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
      Optional<LocalDate> date = Dates.stated(time.attr("datetime"));
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
    Optional<String> site = Optional.empty();
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
      // What other nodes state: a web page's date or publisher, the site's or organisation's name.
      for (JsonNode node : nodes) {
        ld.published = ld.published.or(() -> text(node.get("datePublished")));
        ld.publisher = ld.publisher.or(() -> name(node.get("publisher"), byId));
        if (hasType(node, SITE_TYPES)) {
          ld.site = ld.site.or(() -> text(node.get("name")));
        }
      }
      if (article == null) {
        return ld;
      }
      ld.headline = text(article.get("headline")).or(() -> text(article.get("name")));
      ld.published = text(article.get("datePublished")).or(() -> ld.published);
      ld.publisher = name(article.get("publisher"), byId).or(() -> ld.publisher);
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
