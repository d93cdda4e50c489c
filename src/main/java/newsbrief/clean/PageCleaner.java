package newsbrief.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import newsbrief.Article;
import newsbrief.text.StopWords;
import newsbrief.text.Words;

/**
 * Tells article prose from page furniture in text scraped from news pages, by general rules of
 * shape rather than by the strings of known sites (in the spirit of jusText, Pomikálek 2011):
 *
 * <ul>
 *   <li>a block is a line, or a paragraph of hard-wrapped lines (a line that ends without sentence
 *       punctuation and is followed by one starting in lower case continues it);
 *   <li>prose ends in sentence punctuation; headlines, section heads, bylines, date lines, labels
 *       and URLs do not;
 *   <li>captions carry a photo credit ({@code (AP Photo/...)}, {@code REUTERS/...}, {@code [Getty]});
 *   <li>short blocks built around share, comment, subscribe or 'read more' phrases are widgets;
 *   <li>an author bio names a person who "is a journalist" (or writer, editor, ...), often under an
 *       "About NAME" line;
 *   <li>prose in English is dense in function words; text in other languages is not;
 *   <li>a short block printed alike in several articles is the sites' furniture.
 * </ul>
 *
 * A leading wire dateline ({@code DUBAI, UAE - }, {@code OPORTO, Portugal (AP) _ },
 * {@code date 2024-11-28 Shafaq News/ }) is trimmed off the block. Deterministic and stateless.
 */
public final class PageCleaner {
  /** Sentence punctuation at the end of a block, Latin, CJK, Devanagari or Arabic, before closing quotes and brackets. */
  private static final Pattern TERMINAL = Pattern.compile("[.!?\u2026\u3002\uff01\uff1f\uff0e\u0964\u061f][\"'\u201d\u2019\u00bb)\\]\u300d\u300f\uff09]*\\s*$");
  private static final Pattern CAPTION = Pattern.compile(
      "\\((?:AP|AFP|Reuters|REUTERS|Getty|EPA|Xinhua|Bloomberg)\\s*(?:Photo|Images|Photo/File)?\\s*/[^)]*\\)"
          + "|\\b(?:AP|AFP|REUTERS|Reuters|EPA|Getty Images)\\s*/\\s*\\p{Lu}"
          + "|\\[(?:Getty|AFP|Reuters|AP|EPA)[^\\]]*\\]\\s*$"
          + "|/\\s*File Photo\\b|\\bPhoto(?:graph)?\\s*(?:by|credit)\\b|^(?:Image|Photo) of\\b|^(?:Photo|Image|Credit)\\s*:");
  private static final Pattern WIDGET = Pattern.compile(
      "\\bleave a (?:reply|comment)\\b|\\byour email address\\b|\\brequired fields\\b|\\benter your (?:comment|name|email)\\b"
          + "|\\bbe the first to comment\\b|\\bview all posts\\b|\\ball rights reserved\\b|\\bsign up\\b|\\bsubscribe\\b"
          + "|\\bnewsletter\\b|\\bread (?:full|more|the full)\\b|\\bclick here\\b|\\bshare (?:this|on)\\b|\\bfollow us\\b"
          + "|^follow\\b.{0,80}\\bon (?:facebook|twitter|instagram|linkedin)\\b"
          + "|\\bcookies?\\b|^(?:original )?source\\s*:|^related\\s*:|\\bmin read\\b|^views?\\s*:|^share\\s*:"
          + "|^advertisement\\b|\\bdelivered to your inbox\\b|\\bcomments?\\s*\\(\\d+\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ABOUT_AUTHOR = Pattern.compile(
      "^(?:(?i:about(?: the author)?)\\s*:?\\s*)(\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})\\s*$");
  private static final Pattern BIO = Pattern.compile(
      "^\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}\\s+(?:is|was)\\s+(?:an?|the)\\s+(?:[\\p{L}\\-]+\\s+){0,4}"
          + "(?:journalist|reporter|writer|editor|correspondent|columnist|author|analyst|contributor|freelancer|blogger)s?\\b");
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:"
          + "\\p{Lu}{2,}[\\p{Lu} .'\\-]*(?:,\\s*\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,2})?\\s*(?:\\([\\p{L} .]{1,20}\\))?"
          + "\\s*(?:_|--|\u2014|\u2013|-)\\s+"
          + "|(?:date\\s*:?\\s*)?\\d{4}-\\d{2}-\\d{2}\\b[^.!?/\u2014]{0,40}?(?:/|\u2014|\u2013| - | _ )\\s*"
          + "|\\((?:AP|AFP|Reuters|REUTERS|Bloomberg|UPI|dpa|Xinhua)\\)\\s*(?:_|--|\u2014|\u2013|-)\\s+"
          + ")");

  private static final int WIDGET_MAX_WORDS = 25;
  private static final int REPEATED_MAX_WORDS = 12;
  private static final int LANGUAGE_MIN_WORDS = 6;
  private static final double MIN_FUNCTION_WORD_SHARE = 0.12;
  /**
   * Share of English function words below which a whole article is not English. English news
   * prose has 0.27 or more (0.30 to 0.36 on the DUC and seed articles), the articles in other
   * languages of the web-page dev set 0.10 or less.
   */
  private static final double MIN_ARTICLE_FUNCTION_WORD_SHARE = 0.15;

  private final StopWords stopWords;

  public PageCleaner(StopWords stopWords) {
    this.stopWords = stopWords;
  }

  /**
   * Cleans every article; blocks repeated across articles are judged over the whole list.
   * Articles are split and classified in parallel; the result is the same whatever the thread count.
   */
  public List<CleanedArticle> clean(List<Article> articles) {
    List<List<int[]>> spans = articles.parallelStream().map(a -> blocks(a.text())).toList();
    List<List<String>> keys = IntStream.range(0, articles.size()).parallel()
        .mapToObj(a -> spans.get(a).stream().map(span -> key(articles.get(a).text().substring(span[0], span[1]))).toList())
        .toList();
    Map<String, Integer> firstArticle = new HashMap<>();
    Set<String> repeated = new HashSet<>();
    for (int a = 0; a < articles.size(); a++) {
      for (String key : keys.get(a)) {
        Integer first = firstArticle.putIfAbsent(key, a);
        if (first != null && first != a) {
          repeated.add(key);
        }
      }
    }
    return IntStream.range(0, articles.size()).parallel()
        .mapToObj(a -> classifyBlocks(articles.get(a), spans.get(a), keys.get(a), repeated))
        .toList();
  }

  private CleanedArticle classifyBlocks(Article article, List<int[]> spans, List<String> keys, Set<String> repeated) {
    String text = article.text();
    BlockKind[] kinds = new BlockKind[spans.size()];
    String authorName = null;
    long words = 0;
    long function = 0;
    long letters = 0;
    long latin = 0;
    for (int b = 0; b < spans.size(); b++) {
      String block = text.substring(spans.get(b)[0], spans.get(b)[1]);
      kinds[b] = classifyShape(block, repeated.contains(keys.get(b)), authorName);
      Matcher about = ABOUT_AUTHOR.matcher(block.strip());
      authorName = about.matches() ? about.group(1) : null;
      if (kinds[b] == BlockKind.PROSE) {
        String stripped = block.strip();
        List<String> sentenceWords = Words.of(stripped, datelineLength(stripped), stripped.length());
        words += sentenceWords.size();
        function += sentenceWords.stream().filter(stopWords::contains).count();
        for (int i = 0; i < block.length(); i++) {
          char c = block.charAt(i);
          if (Character.isLetter(c)) {
            letters++;
            latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
          }
        }
      }
    }
    keepLinesBetweenProse(kinds);
    // Another script (Chinese has no spaces between words to count), or too few English function words.
    boolean english = 2 * latin >= letters
        && (words < LANGUAGE_MIN_WORDS || (double) function / words >= MIN_ARTICLE_FUNCTION_WORD_SHARE);
    List<TextBlock> blocks = new ArrayList<>(spans.size());
    for (int b = 0; b < spans.size(); b++) {
      int[] span = spans.get(b);
      String block = text.substring(span[0], span[1]);
      BlockKind kind = kinds[b];
      // In an English article, a paragraph in another language is furniture (a teaser, a quote box).
      if (english && kind == BlockKind.PROSE && otherLanguage(block.strip())) {
        kind = BlockKind.OTHER_LANGUAGE;
      }
      int begin = span[0];
      if (kind == BlockKind.PROSE) {
        begin += datelineLength(block);
      }
      blocks.add(new TextBlock(begin, span[1], kind));
    }
    return new CleanedArticle(article, blocks, english);
  }

  /**
   * A line that is not a sentence but stands between two paragraphs of prose is part of the
   * article: a subheading, a list item, a line of a table or of figures. Above the first paragraph
   * (headline, kicker, byline, date line) and below the last (tags, labels) such lines are
   * furniture.
   */
  private static void keepLinesBetweenProse(BlockKind[] kinds) {
    int first = -1;
    int last = -1;
    for (int b = 0; b < kinds.length; b++) {
      if (kinds[b] == BlockKind.PROSE) {
        first = first < 0 ? b : first;
        last = b;
      }
    }
    for (int b = first + 1; b < last; b++) {
      if (kinds[b] == BlockKind.NOT_A_SENTENCE) {
        kinds[b] = BlockKind.PROSE;
      }
    }
  }

  /**
   * What one block is, given whether other articles print it too and the name of an "About" line
   * just above; the language of a block of an English article is judged apart.
   */
  BlockKind classify(String block, boolean repeatedAcrossArticles, String authorAbove) {
    BlockKind kind = classifyShape(block, repeatedAcrossArticles, authorAbove);
    return kind == BlockKind.PROSE && otherLanguage(block.strip()) ? BlockKind.OTHER_LANGUAGE : kind;
  }

  private BlockKind classifyShape(String block, boolean repeatedAcrossArticles, String authorAbove) {
    String text = block.strip();
    List<String> words = Words.of(text);
    if (mayBeCaption(text) && CAPTION.matcher(text).find()) {
      return BlockKind.CAPTION;
    }
    if (words.size() <= WIDGET_MAX_WORDS && WIDGET.matcher(text).find()) {
      return BlockKind.WIDGET;
    }
    if (BIO.matcher(text).find() || (authorAbove != null && text.startsWith(authorAbove))) {
      return BlockKind.AUTHOR_BIO;
    }
    if (!TERMINAL.matcher(text).find()) {
      return BlockKind.NOT_A_SENTENCE;
    }
    if (repeatedAcrossArticles && words.size() <= REPEATED_MAX_WORDS) {
      return BlockKind.REPEATED_ACROSS_ARTICLES;
    }
    return BlockKind.PROSE;
  }

  /** Whether a block of prose has too few English function words to be English (a dateline does not vote). */
  private boolean otherLanguage(String text) {
    List<String> sentenceWords = Words.of(text, datelineLength(text), text.length());
    return sentenceWords.size() >= LANGUAGE_MIN_WORDS && functionWordShare(sentenceWords) < MIN_FUNCTION_WORD_SHARE;
  }

  /**
   * False when {@link #CAPTION} cannot match: each of its alternatives needs a slash, a bracket or
   * one of the words Photo, Image, Credit. Most blocks have none, and the check is far cheaper
   * than the pattern.
   */
  private static boolean mayBeCaption(String text) {
    return text.indexOf('/') >= 0 || text.indexOf('[') >= 0
        || text.contains("Photo") || text.contains("Image") || text.contains("Credit");
  }

  /** Length of a wire dateline at the start of a block, or 0. */
  static int datelineLength(String block) {
    Matcher dateline = DATELINE.matcher(block);
    if (!dateline.lookingAt()) {
      return 0;
    }
    int end = dateline.end();
    boolean restIsSentence = end < block.length() && Character.isUpperCase(block.codePointAt(end));
    return restIsSentence ? end : 0;
  }

  private double functionWordShare(List<String> words) {
    long function = words.stream().filter(stopWords::contains).count();
    return (double) function / words.size();
  }

  private static String key(String block) {
    StringBuilder key = new StringBuilder(block.length());
    boolean space = false;
    for (int i = 0; i < block.length(); i++) {
      char c = block.charAt(i);
      if (Character.isWhitespace(c)) {
        space = key.length() > 0;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(Character.toLowerCase(c));
      }
    }
    return key.toString();
  }

  /**
   * Spans of the blocks of a text: non-blank lines, with hard-wrapped continuation lines joined.
   * Each span is trimmed of surrounding white space, no-break spaces included.
   */
  static List<int[]> blocks(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int b = start;
      int e = end;
      while (b < e && isSpace(text.charAt(b))) {
        b++;
      }
      while (e > b && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (b < e) {
        lines.add(new int[] {b, e});
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    List<int[]> blocks = new ArrayList<>();
    for (int[] line : lines) {
      if (!blocks.isEmpty() && continues(text, blocks.get(blocks.size() - 1), line)) {
        blocks.get(blocks.size() - 1)[1] = line[1];
      } else {
        blocks.add(line.clone());
      }
    }
    return blocks;
  }

  /** White space including the no-break spaces pages use for layout, which {@link Character#isWhitespace} excludes. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean continues(String text, int[] previous, int[] line) {
    boolean adjacent = text.substring(previous[1], line[0]).chars().filter(c -> c == '\n').count() == 1;
    boolean open = !TERMINAL.matcher(text.substring(previous[0], previous[1])).find();
    return adjacent && open && Character.isLowerCase(text.charAt(line[0]));
  }
}
