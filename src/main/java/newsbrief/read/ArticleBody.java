package newsbrief.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsbrief.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article body of a parsed page and writes it as paragraphs.
 *
 * <p>The page is cut into text blocks (a paragraph, heading, list item, cell, or a run of text
 * between {@code <br><br>}), each knowing how much of its text is link text and which element
 * holds it. Blocks inside page furniture are set aside: navigation, headers and footers, asides,
 * forms, figures and their captions, hidden elements, and elements whose {@code id} or
 * {@code class} names a comment section, share bar, related links, advertisement and the like.
 * A furniture element that holds half or more of the page's prose is not furniture (a page built
 * inside one {@code <form>}, a story wrapper classed {@code has-sidebar}); comment sections always
 * are.
 *
 * <p>The body is then found as Readability finds it (Arc90, now Mozilla's readability.js): every
 * prose block of 25 characters or more scores 1 + its commas + one per 100 characters (at most 3),
 * times the share of it that is not link text, and gives that score to the element holding it, half
 * to the next one up, a third of it divided by the level to the three above; an element's score is
 * weighed by its own share of text that is not link text and by what its class and id suggest. The
 * best-scoring element is the body, joined by those of its siblings that score at least a fifth of
 * it or hold a paragraph of prose. An {@code itemprop=articleBody} element with prose in it is taken
 * as the body instead.
 *
 * <p>From the body, the blocks are written out except: furniture, link lists (more than half link
 * text), the headline ({@code <h1>}, or the page's title), and the lines above the first paragraph
 * of prose that are not themselves prose (kicker, byline, date line). A page on which nothing
 * scores (a few short lines) gives all its text outside furniture.
 *
 * <p>Every step walks the tree without recursion and every upward walk stops at the parser's
 * depth limit, so the time is linear in the size of the page.
 */
final class ArticleBody {
  /** A block of text and where it sits. */
  private record Block(String text, int chars, int linkChars, boolean terminal, Element home, String tag) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    int words() {
      int n = 0;
      boolean in = false;
      for (int i = 0; i < text.length(); i++) {
        boolean letter = Character.isLetterOrDigit(text.charAt(i));
        if (letter && !in) {
          n++;
        }
        in = letter;
      }
      return n;
    }
  }

  /** What is known of an element: the text of the blocks under it, and its content score. */
  private static final class Stats {
    int chars;
    int linkChars;
    int proseChars;
    double score;
  }

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
      "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
      "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "address", "details", "summary", "center",
      "figure", "figcaption", "form", "fieldset", "legend", "body", "menu", "dialog", "noscript", "hgroup");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "form", "figure",
      "figcaption", "menu", "dialog", "fieldset", "legend", "address");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");
  /** Class and id words of comment sections: always furniture, however much text they hold. */
  private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "disqus", "respond", "replies",
      "reply", "discussion");
  /** Class and id words of other furniture. */
  private static final Set<String> FURNITURE_WORDS = Set.of("share", "sharing", "sharebar", "social", "related",
      "newsletter", "subscribe", "subscription", "promo", "advert", "advertisement", "advertising", "ad", "ads",
      "adsense", "adslot", "sponsor", "sponsored", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs",
      "sidebar", "popup", "modal", "signup", "outbrain", "taboola", "recirc", "recirculation", "recommended",
      "recommendations", "trending", "popular", "caption", "credit", "credits", "byline", "dateline", "timestamp",
      "tags", "tag", "toolbar", "pagination", "pager", "masthead", "banner", "navbar", "nav", "navigation", "menu",
      "footer", "header", "widget", "hidden", "hide", "print", "skip", "author", "bio", "lightbox", "gallery",
      "slideshow", "carousel", "video", "player", "more", "next", "prev", "previous", "keywords", "topics");
  /** Class and id words that suggest the article. */
  private static final Set<String> POSITIVE_WORDS = Set.of("article", "body", "content", "entry", "main", "page",
      "post", "story", "text", "blog", "prose");
  private static final Set<String> NEGATIVE_WORDS = Set.of("comment", "comments", "footer", "footnote", "masthead",
      "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
      "sponsor", "shopping", "tags", "tool", "widget", "hidden", "ad", "ads", "social", "nav", "menu", "banner", "popup",
      "modal", "cookie", "consent", "newsletter", "subscribe", "recommended", "trending", "popular");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern TERMINAL = Pattern.compile("[.!?\u2026\u3002\uff01\uff1f\u0964\u061f:;][\"'\u201d\u2019)\\]]*$");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[\\s\u00A0]*\n");
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  private static final int MIN_SCORED_CHARS = 25;
  private static final double LINK_LIST = 0.5;
  /** Words from which a line without sentence punctuation is too long for a kicker, byline or date line. */
  private static final int LEAD_LINE_WORDS = 20;
  private static final double SIBLING_SHARE = 0.2;
  private static final int TOP_CANDIDATES = 5;
  private static final double RIVAL_SHARE = 0.75;
  private static final int MAX_RIVAL_CLIMB = 3;
  private static final double KEEP_FURNITURE_SHARE = 0.5;
  /** Share of the page's prose an {@code itemprop=articleBody} element must hold to be taken as the body. */
  private static final double ARTICLE_BODY_SHARE = 0.3;

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  /** The elements of {@link #stats} in document order of the first block below each, so that ties go to the first. */
  private final List<Element> scored = new ArrayList<>();
  private final Map<Element, Boolean> furniture = new IdentityHashMap<>();
  private final Map<Element, List<String>> nameWords = new IdentityHashMap<>();
  private final Element root;
  private int totalProse;

  private ArticleBody(Element root) {
    this.root = root;
  }

  /**
   * The article text of {@code doc}, paragraphs separated by blank lines and ending in a line
   * break, or the empty string when the page has no text outside furniture.
   *
   * @param title the page's headline, left out of the text when the body repeats it
   */
  static String text(Document doc, Optional<String> title) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    ArticleBody finder = new ArticleBody(body);
    List<Block> blocks = finder.blocks();
    List<Block> kept = finder.article(blocks, title);
    List<String> out = new ArrayList<>(kept.size());
    for (Block b : kept) {
      out.add(b.text());
    }
    return out.isEmpty() ? "" : String.join("\n\n", out) + "\n";
  }

  // ---------------------------------------------------------------------------------------------
  // Cutting the page into blocks

  private List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int[] linkChars = {0};
    List<Element> homes = new ArrayList<>();
    homes.add(root);
    int anchors = 0;
    // An explicit stack of nodes; a null marks the end of the element below it.
    List<Object> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      Object top = stack.remove(stack.size() - 1);
      if (top instanceof Exit exit) {
        Element element = exit.element();
        if (element.normalName().equals("a")) {
          anchors--;
        }
        if (BLOCKS.contains(element.normalName())) {
          flush(text, linkChars, homes.get(homes.size() - 1), blocks);
          homes.remove(homes.size() - 1);
        }
        continue;
      }
      Node node = (Node) top;
      if (node instanceof TextNode t) {
        String s = t.getWholeText().replace('\n', ' ').replace('\r', ' ');
        text.append(s);
        if (anchors > 0) {
          linkChars[0] += s.length();
        }
        continue;
      }
      if (!(node instanceof Element element)) {
        continue;
      }
      String name = element.normalName();
      if (name.equals("br")) {
        text.append('\n');
        continue;
      }
      if (name.equals("pre")) {
        flush(text, linkChars, homes.get(homes.size() - 1), blocks);
        text.append(element.wholeText());
        flush(text, linkChars, element, blocks);
        continue;
      }
      if (name.equals("a")) {
        anchors++;
      }
      if (BLOCKS.contains(name) && element != root) {
        flush(text, linkChars, homes.get(homes.size() - 1), blocks);
        homes.add(element);
      } else if (element == root) {
        // the root is already the outermost home
      }
      stack.add(new Exit(element));
      List<Node> children = element.childNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.add(children.get(i));
      }
    }
    flush(text, linkChars, root, blocks);
    return blocks;
  }

  private record Exit(Element element) {}

  /** Ends the current block: {@code <br>} runs of two or more split it, single ones become spaces. */
  private void flush(StringBuilder text, int[] linkChars, Element home, List<Block> into) {
    if (text.length() == 0) {
      linkChars[0] = 0;
      return;
    }
    String whole = text.toString();
    String[] parts = whole.indexOf('\n') < 0 ? new String[] {whole} : PARAGRAPH_BREAK.split(whole);
    int raw = whole.length();
    for (String part : parts) {
      String paragraph = Whitespace.collapse(part);
      if (!paragraph.isEmpty() && paragraph.codePoints().anyMatch(Character::isLetterOrDigit)) {
        // Link text is shared out in proportion when <br><br> splits a block.
        int links = (int) Math.round((double) linkChars[0] * part.length() / raw);
        int chars = paragraph.length();
        Block block = new Block(paragraph, chars, Math.min(chars, links), TERMINAL.matcher(paragraph).find(), home,
            home.normalName());
        into.add(block);
      }
    }
    text.setLength(0);
    linkChars[0] = 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Finding the body

  private List<Block> article(List<Block> blocks, Optional<String> title) {
    for (Block b : blocks) {
      boolean prose = isProse(b);
      for (Element e = b.home(); e != null; e = e.parent()) {
        Stats s = stats(e);
        s.chars += b.chars();
        s.linkChars += b.linkChars();
        if (prose) {
          s.proseChars += b.chars();
        }
        if (e == root) {
          break;
        }
      }
      if (prose && !inStrongFurniture(b.home())) {
        totalProse += b.chars();
      }
    }
    List<Block> free = new ArrayList<>();
    for (Block b : blocks) {
      if (!inFurniture(b.home())) {
        free.add(b);
      }
    }
    for (Block b : free) {
      if (!isProse(b)) {
        continue;
      }
      double score = (1 + commas(b.text()) + Math.min(b.chars() / 100, 3)) * (1 - b.linkDensity());
      Element e = b.home().parent();
      for (int level = 0; level < 5 && e != null; level++, e = e.parent()) {
        Stats s = stats(e);
        s.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        if (e == root) {
          break;
        }
      }
    }
    Element top = topCandidate();
    if (top == null) {
      return withoutHeadline(free, title);
    }
    // The page's own mark of its body is taken as it is; a found body may continue in its siblings.
    List<Element> parts = isMarkedBody(top) ? List.of(top) : withSiblings(top);
    List<Block> body = new ArrayList<>();
    for (Block b : free) {
      Element part = partOf(b.home(), parts);
      if (part != null && b.linkDensity() <= LINK_LIST && !inWeakFurniture(b.home(), part)) {
        body.add(b);
      }
    }
    return withoutLeadingLines(withoutHeadline(body, title));
  }

  private Stats stats(Element e) {
    Stats s = stats.get(e);
    if (s == null) {
      s = new Stats();
      stats.put(e, s);
      scored.add(e);
    }
    return s;
  }

  /** A block that reads as prose: long enough to score, and not mostly link text. */
  private static boolean isProse(Block b) {
    return b.chars() >= MIN_SCORED_CHARS && b.linkDensity() < LINK_LIST && !HEADINGS.contains(b.tag());
  }

  private Element topCandidate() {
    List<Element> articleBodies = new ArrayList<>();
    List<Element> candidates = new ArrayList<>();
    for (Element e : scored) {
      Stats s = stats.get(e);
      if (isMarkedBody(e) && !inFurniture(e)
          && s.proseChars >= ARTICLE_BODY_SHARE * totalProse) {
        articleBodies.add(e);
      }
      if (s.score > 0 && !inFurniture(e)) {
        candidates.add(e);
      }
    }
    if (!articleBodies.isEmpty()) {
      Element largest = articleBodies.get(0);
      for (Element e : articleBodies) {
        if (stats.get(e).proseChars > stats.get(largest).proseChars) {
          largest = e;
        }
      }
      return largest;
    }
    if (candidates.isEmpty()) {
      return null;
    }
    // Best first; a stable sort keeps document order among equals.
    Map<Element, Double> scores = new IdentityHashMap<>();
    candidates.forEach(e -> scores.put(e, weighted(e, stats.get(e))));
    candidates.sort((x, y) -> Double.compare(scores.get(y), scores.get(x)));
    Element best = candidates.get(0);
    double bestScore = weighted(best, stats.get(best));
    best = commonAncestorOfRivals(best, bestScore, candidates);
    best = risingParent(best);
    // A wrapper with nothing else in it stands for its only child.
    Element parent = best.parent();
    while (parent != null && parent != root && parent.childrenSize() == 1) {
      best = parent;
      parent = parent.parent();
    }
    return best;
  }

  /**
   * When one of the next candidates scores within three quarters of the best and is neither above
   * nor below it, the article is split among them (chunks between advertisements, pages): their
   * nearest common ancestor is the body, when it is at most {@value #MAX_RIVAL_CLIMB} levels above
   * the best.
   */
  private Element commonAncestorOfRivals(Element best, double bestScore, List<Element> candidates) {
    Element body = best;
    for (int i = 1; i < Math.min(TOP_CANDIDATES, candidates.size()); i++) {
      Element rival = candidates.get(i);
      if (weighted(rival, stats.get(rival)) < RIVAL_SHARE * bestScore || isAncestor(rival, body) || isAncestor(body, rival)) {
        continue;
      }
      Element ancestor = body.parent();
      for (int level = 1; ancestor != null && ancestor != root && level <= MAX_RIVAL_CLIMB; level++) {
        if (isAncestor(ancestor, rival)) {
          body = ancestor;
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    return body;
  }

  /** The first parent of {@code best} scoring more than the element below it, before scores fall under a third. */
  private Element risingParent(Element best) {
    double last = stats.get(best).score;
    double floor = last / 3;
    for (Element parent = best.parent(); parent != null && parent != root; parent = parent.parent()) {
      Stats s = stats.get(parent);
      if (s == null || s.score <= 0) {
        continue;
      }
      if (s.score < floor) {
        break;
      }
      if (s.score > last) {
        return parent;
      }
      last = s.score;
    }
    return best;
  }

  private boolean isAncestor(Element ancestor, Element e) {
    for (Element x = e.parent(); x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
      if (x == root) {
        return false;
      }
    }
    return false;
  }

  private static boolean isMarkedBody(Element e) {
    return e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  private double weighted(Element e, Stats s) {
    double linkDensity = s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
    return s.score * classWeight(e) * (1 - linkDensity);
  }

  /** The body and those of its siblings that belong to it. */
  private List<Element> withSiblings(Element top) {
    List<Element> parts = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null || top == root) {
      parts.add(top);
      return parts;
    }
    double topScore = weighted(top, stats.get(top));
    double threshold = Math.max(10, topScore * SIBLING_SHARE);
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      Stats s = stats.get(sibling);
      if (s == null || inFurniture(sibling)) {
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      double linkDensity = s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
      boolean scores = s.score > 0 && weighted(sibling, s) + bonus >= threshold;
      boolean paragraph = sibling.normalName().equals("p") && linkDensity < 0.25
          && (s.chars > 80 || TERMINAL.matcher(sibling.text()).find());
      if (scores || paragraph) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  /** The part {@code e} lies in, or null. */
  private Element partOf(Element e, List<Element> parts) {
    for (Element x = e; x != null; x = x.parent()) {
      for (Element part : parts) {
        if (x == part) {
          return part;
        }
      }
      if (x == root) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether an element between {@code e} and {@code part} (the part excluded) is named like
   * furniture by its class or id, and holds less than half of the part's prose.
   */
  private boolean inWeakFurniture(Element e, Element part) {
    int partProse = stats.get(part).proseChars;
    for (Element x = e; x != null && x != part; x = x.parent()) {
      if (hasWord(x, FURNITURE_WORDS)) {
        Stats s = stats.get(x);
        if (s == null || s.proseChars < KEEP_FURNITURE_SHARE * partProse) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Block> withoutHeadline(List<Block> blocks, Optional<String> title) {
    String headline = title.map(t -> Whitespace.collapse(t).toLowerCase(Locale.ROOT)).orElse(null);
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      boolean isTitle = headline != null && b.text().toLowerCase(Locale.ROOT).equals(headline);
      if (!b.tag().equals("h1") && !isTitle) {
        out.add(b);
      }
    }
    return out.isEmpty() ? blocks : out;
  }

  /**
   * The blocks from the first sentence (or line as long as one) on: a kicker, byline or date line
   * above it is furniture.
   */
  private static List<Block> withoutLeadingLines(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if ((b.terminal() || b.words() >= LEAD_LINE_WORDS) && !HEADINGS.contains(b.tag())) {
        return blocks.subList(i, blocks.size());
      }
    }
    return blocks;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
        n++;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // Furniture

  private boolean inFurniture(Element e) {
    for (Element x = e; x != null && x != root; x = x.parent()) {
      if (isFurniture(x)) {
        return true;
      }
    }
    return false;
  }

  private boolean inStrongFurniture(Element e) {
    for (Element x = e; x != null && x != root; x = x.parent()) {
      if (hasWord(x, COMMENT_WORDS)) {
        return true;
      }
    }
    return false;
  }

  private boolean isFurniture(Element e) {
    if (e.attributesSize() == 0 && !FURNITURE_TAGS.contains(e.normalName())) {
      return false;
    }
    Boolean known = furniture.get(e);
    if (known != null) {
      return known;
    }
    boolean result;
    if (hasWord(e, COMMENT_WORDS)) {
      result = true;
    } else if (looksLikeFurniture(e)) {
      // Not when it holds half the page's prose: the page is built inside it.
      Stats s = stats.get(e);
      result = s == null || s.proseChars == 0 || s.proseChars < KEEP_FURNITURE_SHARE * totalProse;
    } else {
      result = false;
    }
    furniture.put(e, result);
    return result;
  }

  private boolean looksLikeFurniture(Element e) {
    String name = e.normalName();
    if (FURNITURE_TAGS.contains(name)) {
      return true;
    }
    if (name.equals("body") || name.equals("html")) {
      return false;
    }
    if (FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)) || e.hasAttr("hidden")
        || e.attr("aria-hidden").equalsIgnoreCase("true") || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
      return true;
    }
    return false;
  }

  private boolean hasWord(Element e, Set<String> words) {
    for (String word : nameWords(e)) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The words of an element's id and class names, cut at -, _, spaces and camel case, in lower case. */
  private List<String> nameWords(Element e) {
    if (e.attributesSize() == 0) {
      return List.of();
    }
    return nameWords.computeIfAbsent(e, ArticleBody::nameWordsOf);
  }

  /** The words of an element's id and class names, cut at -, _, spaces and camel case, in lower case. */
  static List<String> nameWordsOf(Element e) {
    String names = (e.id() + " " + e.className()).strip();
    List<String> words = new ArrayList<>();
    if (!names.isEmpty()) {
      for (String token : CAMEL.matcher(names).replaceAll("-").split("[-_\\s]+")) {
        if (!token.isEmpty()) {
          words.add(token.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  /** What an element's class and id suggest: 1.5 for article words, 0.5 for furniture words, 0.75 for both. */
  private double classWeight(Element e) {
    double weight = 1;
    if (hasWord(e, NEGATIVE_WORDS)) {
      weight *= 0.5;
    }
    if (hasWord(e, POSITIVE_WORDS)) {
      weight *= 1.5;
    }
    return weight;
  }
}
