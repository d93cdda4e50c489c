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
  private static final Pattern TERMINAL = Pattern.compile("[.!?\u2026][\"'\u201d\u2019)\\]]*\\s*$");
  private static final Pattern CAPTION = Pattern.compile(
      "\\((?:AP|AFP|Reuters|REUTERS|Getty|EPA|Xinhua|Bloomberg)\\s*(?:Photo|Images|Photo/File)?\\s*/[^)]*\\)"
          + "|\\b(?:AP|AFP|REUTERS|Reuters|EPA|Getty Images)\\s*/\\s*\\p{Lu}"
          + "|\\[(?:Getty|AFP|Reuters|AP|EPA)[^\\]]*\\]\\s*$"
          + "|/\\s*File Photo\\b|\\bPhoto(?:graph)?\\s*(?:by|credit)\\b|^(?:Image|Photo) of\\b|^(?:Photo|Image|Credit)\\s*:");
  private static final Pattern WIDGET = Pattern.compile(
      "\\bleave a (?:reply|comment)\\b|\\byour email address\\b|\\brequired fields\\b|\\benter your (?:comment|name|email)\\b"
          + "|\\bbe the first to comment\\b|\\bview all posts\\b|\\ball rights reserved\\b|\\bsign up\\b|\\bsubscribe\\b"
          + "|\\bnewsletter\\b|\\bread (?:full|more|the full)\\b|\\bclick here\\b|\\bshare (?:this|on)\\b|\\bfollow us\\b"
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
          + ")");

  private static final int WIDGET_MAX_WORDS = 25;
  private static final int REPEATED_MAX_WORDS = 12;
  private static final int LANGUAGE_MIN_WORDS = 6;
  private static final double MIN_FUNCTION_WORD_SHARE = 0.12;

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
    List<TextBlock> blocks = new ArrayList<>(spans.size());
    String authorName = null;
    for (int b = 0; b < spans.size(); b++) {
      int[] span = spans.get(b);
      String block = text.substring(span[0], span[1]);
      BlockKind kind = classify(block, repeated.contains(keys.get(b)), authorName);
      Matcher about = ABOUT_AUTHOR.matcher(block.strip());
      authorName = about.matches() ? about.group(1) : null;
      int begin = span[0];
      if (kind == BlockKind.PROSE) {
        begin += datelineLength(block);
      }
      blocks.add(new TextBlock(begin, span[1], kind));
    }
    return new CleanedArticle(article, blocks);
  }

  /** What one block is, given whether other articles print it too and the name of an "About" line just above. */
  BlockKind classify(String block, boolean repeatedAcrossArticles, String authorAbove) {
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
    // A wire dateline (NEW YORK (AP) -) is names, not prose: it must not vote on the language.
    List<String> sentenceWords = Words.of(text, datelineLength(text), text.length());
    if (sentenceWords.size() >= LANGUAGE_MIN_WORDS && functionWordShare(sentenceWords) < MIN_FUNCTION_WORD_SHARE) {
      return BlockKind.OTHER_LANGUAGE;
    }
    return BlockKind.PROSE;
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
