package newsbrief.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.text.Words;

/**
 * Whether a sentence means something on its own, read by rules of its wording. A sentence whose
 * meaning hangs on the one before it in its article must not be quoted alone:
 *
 * <ul>
 *   <li>it opens with a pronoun or demonstrative whose referent lies outside it ({@code He},
 *       {@code They}, {@code It}, {@code This}, {@code Those}, {@code Such}, {@code Another}; a
 *       quotation's first word too), or with an opening phrase that points back ({@code Amid these
 *       developments,}, {@code The next day,}, {@code Asked about it, he said});
 *   <li>it opens with a connective that answers an earlier sentence ({@code But}, {@code However},
 *       {@code Also}, {@code Still}, {@code Meanwhile}, {@code In contrast}, {@code Then});
 *   <li>its speaker is a pronoun ({@code "...," he added.}, {@code ..., she said.}), or it is a
 *       quotation with no speaker at all, or a bare attribution ({@code The source said.}), or a
 *       short note that someone would not comment ({@code There was no immediate comment.}).
 * </ul>
 *
 * These need their {@link Kind#NEEDS_PREVIOUS previous sentence}. A quotation of several sentences
 * is {@link Kind#NEVER_ALONE never a line of a brief}: it would go in whole or not at all, and a
 * whole one is a paragraph, not a line. Deictic time ({@code This week}, {@code So far},
 * {@code Earlier this month}) and existential {@code There is} stand alone. The rules are
 * English; text in which they find nothing stands alone.
 */
public final class ContextDependence {
  /** What a sentence needs to be understood. */
  public enum Kind {
    /** Nothing: it can be quoted alone. */
    STANDS_ALONE,
    /** The sentence before it in its article, quoted with it. */
    NEEDS_PREVIOUS,
    /** More than a line can give: it is never quoted. */
    NEVER_ALONE
  }

  /**
   * The verdict on one sentence.
   *
   * @param kind what the sentence needs
   * @param cue the words that decided it, as written (empty when it stands alone)
   */
  public record Dependence(Kind kind, String cue) {
    public Dependence {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(cue, "cue");
    }

    public boolean standsAlone() {
      return kind == Kind.STANDS_ALONE;
    }
  }

  private static final Dependence ALONE = new Dependence(Kind.STANDS_ALONE, "");

  /** Openers that point back to a referent or a time outside the sentence. */
  private static final Set<String> POINTING_WORDS = Set.of(
      "he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "it", "its",
      "this", "these", "those", "that", "such", "then", "here", "another", "other", "others",
      "latter", "former", "thereafter", "afterward", "afterwards");

  /** Connectives that answer an earlier sentence, one word each. */
  private static final Set<String> CONNECTIVES = Set.of(
      "but", "however", "also", "still", "meanwhile", "yet", "and", "or", "nor", "so", "moreover",
      "furthermore", "besides", "instead", "nevertheless", "nonetheless", "otherwise", "thus",
      "therefore", "hence", "likewise", "similarly", "consequently", "indeed", "additionally",
      "accordingly", "again", "rather", "alternatively", "conversely", "regardless", "anyway",
      "concurrently", "plus", "finally", "secondly", "thirdly", "lastly", "too");

  /** Connectives of several words, lower case, matched at the start. */
  private static final List<String> CONNECTIVE_PHRASES = List.of(
      "in contrast", "by contrast", "in addition", "at the same time", "even so", "on the other hand",
      "as a result", "for example", "for instance", "in response", "in turn", "in short", "in summary",
      "in other words", "as well", "to start", "to begin with", "first of all", "after all", "in any case",
      "on top of that", "not only that", "the latter", "the former", "the same day", "the next day",
      "the following day", "the day before", "the previous day", "the next morning", "the following week",
      "the next week", "a day later", "a week later", "days later", "weeks later", "hours later",
      "months later", "seconds later", "minutes later", "moments later", "years later", "a moment later",
      "a minute later", "an hour later", "a month later", "a year later", "soon after", "shortly after", "shortly afterward", "later that", "earlier that",
      "at that time", "at the time", "by then", "until then", "since then", "even then", "back then");

  /** Every word an {@link #opening} can start with: the others need no closer look. */
  private static final Set<String> STARTERS = starters();

  private static Set<String> starters() {
    Set<String> starters = new java.util.HashSet<>(POINTING_WORDS);
    starters.addAll(CONNECTIVES);
    starters.addAll(List.of("there", "earlier", "later", "so", "this", "these", "that", "those", "other"));
    CONNECTIVE_PHRASES.forEach(phrase -> starters.add(phrase.split(" ")[0]));
    return Set.copyOf(starters);
  }

  private static final Set<String> PREPOSITION_AFTER = Set.of("to", "of", "with", "from", "for");

  /** Nouns after which {@code this}/{@code these}/{@code last}/{@code next} mark the writer's own time. */
  private static final Set<String> TIME_NOUNS = Set.of(
      "year", "years", "month", "months", "week", "weeks", "weekend", "day", "days", "morning",
      "afternoon", "evening", "night", "spring", "summer", "fall", "autumn", "winter", "season",
      "century", "decade", "time", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "year's", "week's", "month's", "season's");

  /** Words that attribute speech. */
  private static final String SPEECH_VERBS = "said|says|added|adds|explained|explains|noted|notes|remarked|"
      + "remarks|stated|states|told|tells|continued|continues|argued|argues|insisted|insists|asked|asks|"
      + "warned|warns|cautioned|cautions|wrote|writes|declared|declares|recalled|recalls|concluded|"
      + "concludes|acknowledged|acknowledges|admitted|admits|replied|replies|responded|responds|claimed|"
      + "claims|contended|contends|predicted|predicts|conceded|concedes|observed|observes|explained";

  /** {@code "...," he added.}: a quotation closed, then a pronoun as its speaker. */
  private static final Pattern PRONOUN_AFTER_QUOTE = Pattern.compile(
      "[,.!?\u2026]\\s*(?:''|\"|\u201d|\u2019)\\s*,?\\s+((?:he|she|they)\\s+(?:" + SPEECH_VERBS + "))\\b");

  /** {@code ..., he said.} at the very end: a pronoun as the speaker of what came before. */
  private static final Pattern PRONOUN_AT_END = Pattern.compile(
      ",\\s+((?:he|she|they)\\s+(?:" + SPEECH_VERBS + ")(?:\\s+\\S+){0,3})\\s*[.!?]['\"\u201d\u2019)]*\\s*$");

  /** {@code The source said.}: at most five words and a speech verb, nothing said. */
  private static final Pattern BARE_ATTRIBUTION = Pattern.compile(
      "^(?:\\S+\\s+){0,5}(?:said|says|added|adds|explained|noted|remarked|stated|concluded)(?:\\s+(?:so|this|that|it|on\\s+\\S+|in\\s+\\S+|later|today|yesterday))?\\s*[.!?]$",
      Pattern.CASE_INSENSITIVE);

  /** {@code There was no immediate comment.}: a reaction to what an earlier sentence reports. */
  private static final Pattern NO_COMMENT = Pattern.compile(
      "\\b(?:no immediate (?:\\S+\\s+)?comment|declined to comment|(?:would|could) not (?:immediately )?comment"
      + "|(?:wouldn|couldn)['\u2019]t (?:immediately )?comment|refused to comment|had no comment"
      + "|not (?:be )?(?:immediately )?(?:reached|available) for comment"
      + "|(?:did not|didn['\u2019]t|has not|hasn['\u2019]t|have not|haven['\u2019]t) (?:immediately )?(?:respond|reply|replied)"
      + " to (?:\\S+\\s+){0,3}requests? for comment)\\b",
      Pattern.CASE_INSENSITIVE);

  /** {@link #BARE_ATTRIBUTION} is at most five words, a verb and two more. */
  private static final int BARE_ATTRIBUTION_WORDS = 8;

  /**
   * {@code Mr. Biden was not quite as amused.}: a comparison whose other term is in the sentence
   * before (the sentence's only {@code as}, closing it).
   */
  private static final Pattern UNFINISHED_COMPARISON = Pattern.compile(
      " (?:(?:not|nearly|almost|just|quite|half|twice|so|every bit) )+as (?:much |many )?\\p{Ll}+[.!]$");

  /** A sentence this short that declines comment says nothing else. */
  private static final int NO_COMMENT_WORDS = 15;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");

  private ContextDependence() {}

  /** What {@code sentence} needs to be understood. */
  public static Dependence of(String sentence) {
    String text = sentence.strip();
    if (QuotedSentences.leftOpen(text)) {
      return new Dependence(Kind.NEVER_ALONE, "a quotation that goes on past the sentence");
    }
    if (QuotedSentences.count(text) > 1 && Words.count(text) > MAX_QUOTATION_LINE_WORDS) {
      return new Dependence(Kind.NEVER_ALONE, "a quotation of several sentences");
    }
    String opening = opening(text);
    if (!opening.isEmpty()) {
      return needsPrevious(opening);
    }
    // The patterns below are tried only where their words can be, so that most sentences, which
    // stand alone, cost a few scans.
    boolean pronounSpeaker = text.contains(" he ") || text.contains(" she ") || text.contains(" they ");
    if (pronounSpeaker) {
      Matcher afterQuote = PRONOUN_AFTER_QUOTE.matcher(text);
      if (afterQuote.find()) {
        return needsPrevious(afterQuote.group(1));
      }
      Matcher atEnd = PRONOUN_AT_END.matcher(text);
      if (atEnd.find()) {
        return needsPrevious(atEnd.group(1));
      }
    }
    String phrase = pointingOpeningPhrase(text);
    if (!phrase.isEmpty()) {
      return needsPrevious(phrase);
    }
    int words = Words.count(text);
    if (words <= NO_COMMENT_WORDS && text.toLowerCase(Locale.ROOT).contains("comment")) {
      Matcher comment = NO_COMMENT.matcher(text);
      if (comment.find()) {
        return needsPrevious(comment.group());
      }
    }
    if (text.contains(" as ")) {
      Matcher comparison = UNFINISHED_COMPARISON.matcher(text);
      if (comparison.find() && text.indexOf(" as ") == text.lastIndexOf(" as ")) {
        return needsPrevious(comparison.group().strip());
      }
    }
    double quoted = QuotedShare.of(text);
    if (words <= BARE_ATTRIBUTION_WORDS && quoted == 0 && BARE_ATTRIBUTION.matcher(text).matches()) {
      return needsPrevious(text);
    }
    if (quoted >= WHOLLY_QUOTED) {
      return needsPrevious("a quotation without its speaker");
    }
    return ALONE;
  }

  /**
   * A quotation of several sentences is a line of a brief only when it is no longer than one long
   * sentence; past that it is a paragraph, which a brief of lines leaves out.
   */
  private static final int MAX_QUOTATION_LINE_WORDS = 40;

  /** A quotation that is the whole sentence leaves its speaker to another. */
  private static final double WHOLLY_QUOTED = 0.999;

  private static Dependence needsPrevious(String cue) {
    return new Dependence(Kind.NEEDS_PREVIOUS, cue);
  }

  /**
   * The opening words that point outside the sentence, or "" when its opening stands alone. A
   * quotation's opening marks are skipped, so a quotation is read from its first word.
   */
  private static String opening(String text) {
    Matcher firstWord = WORD.matcher(text);
    if (!firstWord.find() || !STARTERS.contains(firstWord.group().toLowerCase(Locale.ROOT).split("['\u2019]", 2)[0])) {
      return "";
    }
    List<String> words = WORD.matcher(text).results().limit(12).map(java.util.regex.MatchResult::group).toList();
    if (words.isEmpty()) {
      return "";
    }
    // A pronoun's contraction is the pronoun: "It's", "They're", "That's".
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT).split("['\u2019]", 2)[0]).toList();
    String first = lower.get(0);
    String second = lower.size() > 1 ? lower.get(1) : "";
    String start = String.join(" ", lower.subList(0, Math.min(lower.size(), 6)));
    for (String phrase : CONNECTIVE_PHRASES) {
      int length = phrase.split(" ").length;
      String following = lower.size() > length ? lower.get(length) : "";
      // "In addition to the threat", "In response to a question" are prepositions, not connectives.
      if ((start.equals(phrase) || start.startsWith(phrase + " ")) && !PREPOSITION_AFTER.contains(following)) {
        return String.join(" ", words.subList(0, length));
      }
    }
    boolean commaAfterFirst = followedByComma(text, words.get(0));
    if (first.equals("there") || first.equals("earlier") || first.equals("later")) {
      // "There is", "Earlier this month" stand alone; "There,", "Later," point back.
      return commaAfterFirst ? words.get(0) : "";
    }
    if (first.equals("so") && second.equals("far")) {
      return "";
    }
    if (first.equals("this") || first.equals("these") || first.equals("that") || first.equals("those")) {
      return TIME_NOUNS.contains(second) && !first.equals("that") && !first.equals("those") ? "" : words.get(0);
    }
    if (first.equals("other") && TIME_NOUNS.contains(second)) {
      return "";
    }
    return POINTING_WORDS.contains(first) || CONNECTIVES.contains(first) ? words.get(0) : "";
  }

  private static boolean followedByComma(String text, String firstWord) {
    int at = text.indexOf(firstWord);
    int after = at + firstWord.length();
    return at >= 0 && after < text.length() && text.charAt(after) == ',';
  }

  /**
   * An opening phrase of at most {@value #OPENING_PHRASE_WORDS} words, up to a comma, that points
   * back: it holds a demonstrative or {@code it} ({@code Amid these developments,}, {@code Despite
   * this,}, {@code If it is true,}; not {@code that}, which is as often a conjunction), or it
   * is followed by a pronoun subject with no name in the phrase to refer to ({@code Asked about the
   * deal, he said}).
   */
  private static String pointingOpeningPhrase(String text) {
    int comma = text.indexOf(',');
    if (comma < 0 || Words.count(text.substring(0, comma)) > OPENING_PHRASE_WORDS) {
      return "";
    }
    String phrase = text.substring(0, comma);
    List<String> words = WORD.matcher(phrase).results().map(java.util.regex.MatchResult::group).toList();
    if (words.isEmpty() || words.size() > OPENING_PHRASE_WORDS || phrase.contains("\u201c") || phrase.contains("``")
        || phrase.contains("\"")) {
      return "";
    }
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i).toLowerCase(Locale.ROOT);
      String next = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : "";
      boolean demonstrative = word.equals("these") || word.equals("those") || word.equals("such")
          || (word.equals("this") && !TIME_NOUNS.contains(next));
      if (demonstrative || word.equals("it") || word.equals("them")) {
        return phrase.strip();
      }
    }
    List<String> rest = WORD.matcher(text.substring(comma + 1)).results().limit(1).map(java.util.regex.MatchResult::group).toList();
    boolean pronounSubject = !rest.isEmpty() && Set.of("he", "she", "they").contains(rest.get(0));
    boolean nameInPhrase = words.subList(1, words.size()).stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)));
    return pronounSubject && !nameInPhrase ? phrase.strip() + ", " + rest.get(0) : "";
  }

  private static final int OPENING_PHRASE_WORDS = 8;
}
