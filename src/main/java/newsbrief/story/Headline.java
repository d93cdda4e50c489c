package newsbrief.story;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.Article;
import newsbrief.annotate.ContextDependence;
import newsbrief.Whitespace;

/**
 * A story's headline, what a reader scans: the title (from the metadata) of its most central
 * article that has one; when none has a title, the lead sentence of its most central article,
 * shortened at a clause boundary. A sentence that cannot stand as a headline is passed over for
 * the article's next one, then for the next article's: one that opens with a pronoun, a
 * demonstrative or a connective pointing to what came before ("He", "This", "But", "Meanwhile"),
 * one that opens inside a quotation, or one whose kept words would leave a quotation open. Pure.
 */
public final class Headline {
  private static final String ELLIPSIS = "\u2026";
  /** Sentences of an article tried as its lead: news puts the event in the first ones. */
  static final int LEAD_SENTENCES = 3;
  /** Fewest words a shortened sentence keeps: fewer do not say what happened. */
  static final int FEWEST_WORDS = 4;

  /**
   * First words of a sentence that speaks to the reader or for its writer: it can stand in a
   * brief, not as a headline. What points outside the sentence is {@link ContextDependence}'s
   * rule, the one the selection keeps.
   */
  private static final Set<String> PERSONAL_OPENERS = Set.of("we", "our", "us", "i", "my", "you", "your", "both");
  /** Words that open a subordinate or appended clause: a headline may end before them. */
  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "which", "who", "whom", "whose", "where", "when", "while", "after", "before", "because", "although",
      "though", "since", "until", "amid", "despite", "saying", "according", "but", "if", "unless", "as");
  /** First words of a sentence that open an introductory phrase, ended by its first comma. */
  private static final Set<String> INTRODUCTORY = Set.of(
      "in", "on", "at", "after", "before", "while", "when", "as", "since", "although", "though", "despite", "amid",
      "with", "without", "under", "for", "from", "during", "following", "according", "if", "unless", "because",
      "once", "until", "by", "to", "like", "unlike", "over", "across", "among", "throughout", "within");
  /** Verbs of saying: a headline does not end on who said it. */
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "say", "told", "announced", "reported", "added", "stated", "declared", "confirmed", "warned");
  private static final Set<String> TIME_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight");
  /** Words a cut headline must not end on. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "of", "to", "in", "for", "on", "at", "by", "with", "from", "and", "or", "as", "its",
      "his", "her", "their", "that", "this", "is", "are", "was", "were", "be", "has", "have", "had", "will",
      "would", "not", "than", "into", "over", "after", "before", "about", "who", "which", "said");

  private Headline() {}

  /**
   * The headline of a story whose articles are given most central first.
   *
   * @param centralFirst the story's articles, most central first; at least one
   * @param sentences an article's sentences in text order (only asked for when no article has a title)
   * @param maxWords most words a headline made from a sentence keeps, at least {@link #FEWEST_WORDS}
   * @return the first title; else the first lead sentence that can stand as a headline, shortened;
   *     else the most central article's id
   */
  public static String of(List<Article> centralFirst, Function<Article, List<String>> sentences, int maxWords) {
    if (centralFirst.isEmpty()) {
      throw new IllegalArgumentException("a headline needs a story of at least one article");
    }
    Optional<String> title = firstTitle(centralFirst);
    if (title.isPresent()) {
      return title.get();
    }
    for (Article article : centralFirst) {
      List<String> lead = sentences.apply(article);
      for (String sentence : lead.subList(0, Math.min(LEAD_SENTENCES, lead.size()))) {
        Optional<String> headline = fromSentence(sentence, maxWords);
        if (headline.isPresent()) {
          return headline.get();
        }
      }
    }
    return centralFirst.get(0).id();
  }

  /**
   * The first title among the articles, in their order, on one line, without the site's name that
   * a page's title often ends with ("... - Sportsnet.ca", "... | TheHill").
   */
  public static Optional<String> firstTitle(List<Article> articles) {
    return articles.stream()
        .flatMap(a -> a.metadata().title().map(t -> withoutSiteName(Whitespace.collapse(t), a.metadata().outlet())).stream())
        .filter(t -> !t.isEmpty()).findFirst();
  }

  /**
   * A title without a last part set off by a bar or a spaced dash that names the site: its
   * outlet (letters and digits alike, "TheHill" for "The Hill") or a domain ("Sportsnet.ca"). The
   * title is kept whole when what would be left is under {@value #FEWEST_WORDS} words.
   */
  static String withoutSiteName(String title, Optional<String> outlet) {
    Matcher last = SITE_SEPARATOR.matcher(title);
    int cut = -1;
    int after = -1;
    while (last.find()) {
      cut = last.start();
      after = last.end();
    }
    if (cut < 0) {
      return title;
    }
    String head = title.substring(0, cut).strip();
    String site = title.substring(after).strip();
    String siteKey = letters(site);
    String outletKey = outlet.map(Headline::letters).orElse("");
    boolean names = DOMAIN.matcher(site).matches()
        || (siteKey.length() >= 3 && !outletKey.isEmpty() && (siteKey.startsWith(outletKey) || outletKey.startsWith(siteKey)));
    return names && head.split(" ").length >= FEWEST_WORDS ? head : title;
  }

  private static final Pattern SITE_SEPARATOR = Pattern.compile(" (?:\\||-|\u2013|\u2014|::) ");
  private static final Pattern DOMAIN = Pattern.compile("(?:www\\.)?[\\p{L}\\d-]+(?:\\.[a-z]{2,6}){1,2}");

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
  }

  /**
   * A sentence as a headline: on one line, without its final period; when longer than
   * {@code maxWords}, cut before the last clause boundary within them (after a comma, semicolon,
   * colon or dash, or before a word such as "which", "after", "saying") that keeps at least
   * {@link #FEWEST_WORDS} words, else after {@code maxWords} words, backing off function words, with
   * an ellipsis. Empty when the sentence cannot stand as a headline (see the class comment).
   */
  public static Optional<String> fromSentence(String sentence, int maxWords) {
    if (maxWords < FEWEST_WORDS) {
      throw new IllegalArgumentException("a headline needs at least " + FEWEST_WORDS + " words, got " + maxWords);
    }
    String line = Whitespace.collapse(sentence);
    if (line.isEmpty() || isQuote(line.charAt(0)) || opensDependently(line)) {
      return Optional.empty();
    }
    String[] words = line.split(" ");
    if (words.length <= maxWords) {
      return balanced(withoutFinalPeriod(line));
    }
    boolean introduced = INTRODUCTORY.contains(bare(words[0])) || bare(words[0]).endsWith("ing");
    for (int kept = maxWords; kept >= FEWEST_WORDS; kept--) {
      if (endsClause(words, kept) && keepsTheMainClause(words, kept, introduced)) {
        Optional<String> cut = balanced(stripTrailingPunctuation(String.join(" ", List.of(words).subList(0, kept))));
        if (cut.isPresent()) {
          return cut;
        }
      }
    }
    int kept = maxWords;
    while (kept > FEWEST_WORDS && FUNCTION_WORDS.contains(bare(words[kept - 1]))) {
      kept--;
    }
    return balanced(stripTrailingPunctuation(String.join(" ", List.of(words).subList(0, kept)))).map(h -> h + ELLIPSIS);
  }

  /**
   * Whether the first {@code kept} words can be the main clause: not only an introductory phrase
   * ("Declaring him a martyr, ..."), not a subject and an unclosed apposition ("Abdullah Ocalan,
   * leader of ..."), not a bare attribution ("Prosecutors said Wednesday").
   */
  private static boolean keepsTheMainClause(String[] words, int kept, boolean introduced) {
    int commas = 0;
    for (int i = 0; i < kept - 1; i++) {
      if (words[i].endsWith(",")) {
        commas++;
      }
    }
    if (introduced && commas == 0) {
      return false;
    }
    if (!introduced && commas % 2 == 1) {
      return false;
    }
    String last = bare(words[kept - 1]);
    String beforeLast = kept >= 2 ? bare(words[kept - 2]) : "";
    return !SPEECH_VERBS.contains(last) && !(SPEECH_VERBS.contains(beforeLast) && TIME_WORDS.contains(last));
  }

  /** Whether a clause ends after the first {@code kept} words. */
  private static boolean endsClause(String[] words, int kept) {
    String last = words[kept - 1];
    char end = last.charAt(last.length() - 1);
    if (end == ',' || end == ';' || end == ':') {
      return true;
    }
    String next = words[kept];
    return next.equals("--") || next.startsWith("\u2014") || next.startsWith("\u2013") || last.endsWith("\u2014")
        || CLAUSE_OPENERS.contains(bare(next));
  }

  private static boolean opensDependently(String line) {
    String first = bare(line.toLowerCase(Locale.ROOT).split(" ", 2)[0]);
    return PERSONAL_OPENERS.contains(first) || !ContextDependence.of(line).standsAlone();
  }

  /** The text when its quotation marks pair up; a headline never leaves a quotation open. */
  private static Optional<String> balanced(String text) {
    int straight = 0;
    int opened = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c == '\u201c') {
        opened++;
      } else if (c == '\u201d') {
        opened--;
      }
    }
    boolean newswireOpen = text.split("``", -1).length - 1 != text.split("''", -1).length - 1;
    return straight % 2 == 0 && opened == 0 && !newswireOpen && Whitespace.collapse(text).split(" ").length >= FEWEST_WORDS
        ? Optional.of(text) : Optional.empty();
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\'' || c == '`' || c == '\u00ab';
  }

  /** A word without punctuation around it, in lower case. */
  private static String bare(String word) {
    return word.replaceAll("^[\\p{Punct}\u2018\u2019\u201c\u201d]+|[\\p{Punct}\u2018\u2019\u201c\u201d]+$", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String withoutFinalPeriod(String line) {
    return line.endsWith(".") && !line.endsWith("..") ? line.substring(0, line.length() - 1) : line;
  }

  private static String stripTrailingPunctuation(String text) {
    return text.replaceAll("[\\s,;:\u2014\u2013-]+$", "");
  }
}
