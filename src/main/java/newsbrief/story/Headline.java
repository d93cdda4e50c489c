package newsbrief.story;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Whitespace;

/**
 * A story's headline: a title its articles' metadata gives, else the most central sentence of its
 * brief (the one the ranker scored highest), cut to a few words. Pure.
 */
public final class Headline {
  private static final String ELLIPSIS = "\u2026";

  private Headline() {}

  /**
   * The headline of a story from its brief: the title of the article that the best-scored line
   * cites (as its source, then as corroboration) if it has one; else the first title among the
   * sources in citation order; else the best-scored line cut to {@code maxWords} words; else, for
   * a brief with no line, the first source's id; else, with no source either, an empty string.
   */
  public static String of(Brief brief, int maxWords) {
    List<BriefLine> byScore = brief.lines().stream()
        .sorted(Comparator.comparingDouble((BriefLine l) -> -l.score()).thenComparingInt(BriefLine::choiceRank))
        .toList();
    Stream<Article> citedFirst = byScore.stream()
        .flatMap(l -> Stream.concat(Stream.of(l.source()), l.alsoIn().stream()))
        .map(brief.sources()::get);
    Optional<String> title = Stream.concat(citedFirst, brief.sources().stream())
        .flatMap(a -> a.metadata().title().stream())
        .findFirst();
    if (title.isPresent()) {
      return Whitespace.collapse(title.get());
    }
    if (!byScore.isEmpty()) {
      return trim(byScore.get(0).sentence().text(), maxWords);
    }
    return brief.sources().isEmpty() ? "" : brief.sources().get(0).id();
  }

  /** The first title among the articles, in their order, on one line. */
  public static Optional<String> firstTitle(List<Article> articles) {
    return articles.stream().flatMap(a -> a.metadata().title().stream()).findFirst().map(Whitespace::collapse);
  }

  /**
   * A sentence on one line, cut after {@code maxWords} words with an ellipsis; a sentence short
   * enough keeps all its words but loses a final period, as headlines do.
   */
  public static String trim(String sentence, int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("a headline needs at least one word, got " + maxWords);
    }
    String[] words = Whitespace.collapse(sentence).split(" ");
    if (words.length <= maxWords) {
      String whole = String.join(" ", words);
      return whole.endsWith(".") && !whole.endsWith("..") ? whole.substring(0, whole.length() - 1) : whole;
    }
    String cut = String.join(" ", List.of(words).subList(0, maxWords));
    return cut.replaceAll("[\\p{Punct}\u2014\u2013]+$", "") + ELLIPSIS;
  }
}
