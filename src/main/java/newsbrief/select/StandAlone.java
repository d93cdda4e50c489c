package newsbrief.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Sentence;
import newsbrief.annotate.ContextDependence;
import newsbrief.annotate.ContextDependence.Dependence;
import newsbrief.annotate.ContextDependence.Kind;

/**
 * The rule that every line of a brief stands on its own, for selection and for checking a brief.
 * A sentence that {@link ContextDependence needs the sentence before it} can only be chosen with
 * it, as one unit: the sentence and, back to the first that stands alone, the sentences it hangs
 * on, at most {@value #MAX_UNIT} in all. Those must be the ones right before it in its article's
 * text (nothing but spaces and punctuation between), or it is never chosen; so is a sentence that
 * is {@link Kind#NEVER_ALONE never a line}.
 */
public final class StandAlone {
  /** A sentence with its context is at most this many sentences: more is a paragraph, not lines. */
  public static final int MAX_UNIT = 3;

  private static final int[] NEVER = new int[0];

  private final int[][] units;

  private StandAlone(int[][] units) {
    this.units = units;
  }

  /** The unit of every sentence of {@code corpus}. */
  public static StandAlone of(AnalyzedCorpus corpus) {
    int n = corpus.size();
    Dependence[] dependence = new Dependence[n];
    Arrays.parallelSetAll(dependence, s -> ContextDependence.of(corpus.sentences().get(s).text()));
    int[] previous = previousSentences(corpus);
    int[][] units = new int[n][];
    for (int s = 0; s < n; s++) {
      units[s] = unit(s, dependence, previous);
    }
    return new StandAlone(units);
  }

  private static int[] unit(int s, Dependence[] dependence, int[] previous) {
    List<Integer> members = new ArrayList<>();
    int at = s;
    while (true) {
      members.add(0, at);
      Kind kind = dependence[at].kind();
      if (kind == Kind.STANDS_ALONE) {
        return members.stream().mapToInt(Integer::intValue).toArray();
      }
      if (kind == Kind.NEVER_ALONE || previous[at] < 0 || members.size() == MAX_UNIT) {
        return NEVER;
      }
      at = previous[at];
    }
  }

  /**
   * For each sentence, the corpus index of the sentence right before it in its article's text, or
   * -1 when the text before it is not a kept sentence (it was too short, say, or page furniture).
   */
  private static int[] previousSentences(AnalyzedCorpus corpus) {
    int n = corpus.size();
    Integer[] byPlace = new Integer[n];
    for (int s = 0; s < n; s++) {
      byPlace[s] = s;
    }
    List<Sentence> sentences = corpus.sentences();
    Arrays.sort(byPlace, Comparator.comparingInt((Integer s) -> sentences.get(s).article())
        .thenComparingInt(s -> sentences.get(s).begin()));
    int[] previous = new int[n];
    Arrays.fill(previous, -1);
    for (int k = 1; k < n; k++) {
      Sentence before = sentences.get(byPlace[k - 1]);
      Sentence sentence = sentences.get(byPlace[k]);
      if (before.article() == sentence.article()
          && adjacent(corpus.articles().get(sentence.article()), before, sentence)) {
        previous[byPlace[k]] = byPlace[k - 1];
      }
    }
    return previous;
  }

  /** Whether nothing but spaces and punctuation stands between two sentences of an article. */
  static boolean adjacent(Article article, Sentence before, Sentence after) {
    if (before.end() > after.begin() || after.begin() > article.text().length()) {
      return false;
    }
    return article.text().substring(before.end(), after.begin()).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * The sentences to be chosen together with {@code sentence}, in text order, ending with it; just
   * itself when it stands alone; empty when it can never be chosen.
   */
  public List<Integer> unit(int sentence) {
    return Arrays.stream(units[sentence]).boxed().toList();
  }

  int[] members(int sentence) {
    return units[sentence];
  }

  /** Whether {@code sentence} can be chosen at all (with its context). */
  public boolean choosable(int sentence) {
    return units[sentence].length > 0;
  }

  /**
   * The sentences of {@code chosen} that do not stand on their own there: they need the sentence
   * before them and it is not chosen too, or they are never a line. Empty for a brief that keeps
   * the rule.
   */
  public static List<Integer> violations(AnalyzedCorpus corpus, List<Integer> chosen) {
    int[] previous = previousSentences(corpus);
    boolean[] in = new boolean[corpus.size()];
    chosen.forEach(s -> in[s] = true);
    return chosen.stream().filter(s -> {
      Kind kind = ContextDependence.of(corpus.sentences().get(s).text()).kind();
      return kind == Kind.NEVER_ALONE || (kind == Kind.NEEDS_PREVIOUS && (previous[s] < 0 || !in[previous[s]]));
    }).toList();
  }

  /** The lines of {@code brief} that do not stand on their own there, by the same rule. */
  public static List<BriefLine> violations(Brief brief) {
    List<BriefLine> lines = brief.lines();
    List<BriefLine> violations = new ArrayList<>();
    for (BriefLine line : lines) {
      Kind kind = ContextDependence.of(line.sentence().text()).kind();
      boolean supported = kind == Kind.STANDS_ALONE || (kind == Kind.NEEDS_PREVIOUS && lines.stream().anyMatch(
          other -> other != line && other.source() == line.source()
              && adjacent(brief.sources().get(line.source()), other.sentence(), line.sentence())));
      if (!supported) {
        violations.add(line);
      }
    }
    return List.copyOf(violations);
  }
}
