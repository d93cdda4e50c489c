package newsbrief.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import newsbrief.Article;
import newsbrief.Sentence;
import newsbrief.text.Words;
import newsbrief.clean.CleanedArticle;
import newsbrief.clean.TextBlock;

/**
 * Splits the prose blocks of cleaned articles into sentences, keeping those a brief could quote:
 * {@code minWords} to {@code maxWords} words, ending as a sentence ends, and with at most
 * {@code maxQuotedShare} of their words inside quotation marks ({@link QuotedShare}). Articles are split in parallel;
 * the result is in article order, then text order, whatever the thread count.
 */
public final class SentenceExtractor {
  private static final Pattern ENDS_AS_SENTENCE = Pattern.compile("[.!?\u2026][\"'\u201d\u2019)\\]]*$");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

  private final SentenceSplitter splitter;
  private final int minWords;
  private final int maxWords;
  private final double maxQuotedShare;

  /** Keeps sentences of at least {@code minWords} words, however long or quoted. */
  public SentenceExtractor(SentenceSplitter splitter, int minWords) {
    this(splitter, new SentenceOptions(minWords, Integer.MAX_VALUE, 1.0));
  }

  public SentenceExtractor(SentenceSplitter splitter, SentenceOptions options) {
    this.splitter = splitter;
    this.minWords = options.minWords();
    this.maxWords = options.maxWords();
    this.maxQuotedShare = options.maxQuotedShare();
  }

  /** Sentences of every article, articles in list order; {@link Sentence#article()} indexes the list. */
  public List<Sentence> extract(List<CleanedArticle> articles) {
    List<List<Sentence>> perArticle = IntStream.range(0, articles.size())
        .parallel()
        .mapToObj(a -> extract(a, articles.get(a)))
        .toList();
    List<Sentence> all = new ArrayList<>();
    perArticle.forEach(all::addAll);
    return List.copyOf(all);
  }

  /**
   * The article's prose blocks go to the splitter in one call, joined by blank lines (which always
   * end a sentence), so each article pays the splitter's set-up once; sentence offsets are mapped
   * back to the article text through the block each falls in.
   */
  private List<Sentence> extract(int index, CleanedArticle cleaned) {
    Article article = cleaned.article();
    String text = article.text();
    List<TextBlock> blocks = cleaned.prose();
    StringBuilder joined = new StringBuilder();
    int[] joinedStart = new int[blocks.size()];
    for (int b = 0; b < blocks.size(); b++) {
      if (b > 0) {
        joined.append(BLOCK_SEPARATOR);
      }
      joinedStart[b] = joined.length();
      joined.append(text, blocks.get(b).begin(), blocks.get(b).end());
    }
    String all = joined.toString();
    List<Sentence> sentences = new ArrayList<>();
    int block = 0;
    List<TokenizedSentence> split = withTitleNamesWhole(all, splitter.split(all), article.metadata().title().orElse(""));
    for (TokenizedSentence found : withQuotationsWhole(all, split)) {
      while (block + 1 < blocks.size() && found.begin() >= joinedStart[block + 1]) {
        block++;
      }
      int shift = blocks.get(block).begin() - joinedStart[block];
      int end = Math.min(found.end(), joinedStart[block] + blocks.get(block).end() - blocks.get(block).begin());
      TokenizedSentence shifted = new TokenizedSentence(found.begin() + shift, end + shift, found.tokens());
      String sentenceText = text.substring(shifted.begin(), shifted.end());
      if (quotable(sentenceText)) {
        sentences.add(new Sentence(index, sentences.size(), shifted.begin(), shifted.end(), sentenceText, shifted.tokens()));
      }
    }
    return sentences;
  }

  private static final String BLOCK_SEPARATOR = "\n\n";

  /**
   * Joins sentences that a splitter cut inside a quotation: while a sentence leaves a quotation
   * open (more opening than closing curly quotes, or an odd number of straight ones), the next
   * sentence of the same paragraph is part of it, up to {@value #MAX_QUOTED_SENTENCES} sentences (a
   * quotation left open at a paragraph's end, as news style does for quotes running over
   * paragraphs, is not followed into the next).
   */
  static List<TokenizedSentence> withQuotationsWhole(String block, List<TokenizedSentence> sentences) {
    List<TokenizedSentence> joined = new ArrayList<>(sentences.size());
    int i = 0;
    while (i < sentences.size()) {
      TokenizedSentence current = sentences.get(i++);
      int parts = 1;
      while (i < sentences.size() && parts < MAX_QUOTED_SENTENCES
          && leavesQuotationOpen(block.substring(current.begin(), current.end()))
          && sameParagraph(block, current, sentences.get(i))) {
        current = joined(current, sentences.get(i++));
        parts++;
      }
      joined.add(current);
    }
    return joined;
  }

  private static final int MAX_QUOTED_SENTENCES = 6;

  /** Whether nothing but one paragraph's spacing lies between two sentences of {@code block}. */
  private static boolean sameParagraph(String block, TokenizedSentence first, TokenizedSentence next) {
    return !block.substring(first.end(), next.begin()).contains("\n\n");
  }

  /** Two neighbouring sentences as one: from the first's start to the next's end, tokens of both. */
  private static TokenizedSentence joined(TokenizedSentence first, TokenizedSentence next) {
    List<String> tokens = new ArrayList<>(first.tokens());
    tokens.addAll(next.tokens());
    return new TokenizedSentence(first.begin(), next.end(), tokens);
  }

  /**
   * Joins sentences that a splitter cut inside a name the article's title prints: when the word
   * ending one sentence with a full stop and the word opening the next stand side by side in the
   * title ("the ID." and "SPACE VIZZION", titled "The VW ID. SPACE VIZZION is ..."), the stop
   * belongs to the name, not to a sentence's end. Sentences of different paragraphs stay apart.
   */
  static List<TokenizedSentence> withTitleNamesWhole(String block, List<TokenizedSentence> sentences, String title) {
    if (title.isBlank() || sentences.size() < 2) {
      return sentences;
    }
    String spacedTitle = " " + WHITESPACE.matcher(title.strip()).replaceAll(" ") + " ";
    List<TokenizedSentence> joined = new ArrayList<>(sentences.size());
    TokenizedSentence current = sentences.get(0);
    for (int i = 1; i < sentences.size(); i++) {
      TokenizedSentence next = sentences.get(i);
      if (sameParagraph(block, current, next) && splitsTitleName(block.substring(current.begin(), current.end()),
          block.substring(next.begin(), next.end()), spacedTitle)) {
        current = joined(current, next);
      } else {
        joined.add(current);
        current = next;
      }
    }
    joined.add(current);
    return joined;
  }

  private static boolean splitsTitleName(String sentence, String next, String spacedTitle) {
    if (!sentence.endsWith(".")) {
      return false;
    }
    String[] before = WHITESPACE.split(sentence.strip());
    String last = before[before.length - 1];
    String first = WHITESPACE.split(next.strip(), 2)[0];
    return last.length() > 2 && !first.isEmpty()
        && spacedTitle.contains(" " + last + " " + first + " ");
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static boolean leavesQuotationOpen(String sentence) {
    long straight = sentence.chars().filter(c -> c == '"').count();
    return openingQuotes(sentence) > closingQuotes(sentence) || straight % 2 == 1;
  }

  /**
   * Whether a sentence closes a quotation it did not open: the tail of a quotation begun in an
   * earlier paragraph, which cannot stand alone in a brief. Curly quotes and the newswire's
   * {@code ``...''} count; straight quotes cannot tell opening from closing and do not.
   */
  static boolean closesUnopenedQuotation(String sentence) {
    return closingQuotes(sentence) > openingQuotes(sentence);
  }

  private static long openingQuotes(String text) {
    return text.chars().filter(c -> c == '\u201c').count() + occurrences(text, "``");
  }

  private static long closingQuotes(String text) {
    return text.chars().filter(c -> c == '\u201d').count() + occurrences(text, "''");
  }

  private static long occurrences(String text, String mark) {
    long count = 0;
    for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length())) {
      count++;
    }
    return count;
  }

  private boolean quotable(String text) {
    int words = Words.count(text);
    return words >= minWords && words <= maxWords
        && ENDS_AS_SENTENCE.matcher(text).find()
        && HAS_LETTER.matcher(text).find()
        && !closesUnopenedQuotation(text)
        && (maxQuotedShare >= 1 || QuotedShare.of(text) <= maxQuotedShare);
  }
}
