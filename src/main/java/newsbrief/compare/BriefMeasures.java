package newsbrief.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;

/**
 * What one brief of a comparison holds and what it adds to the shorter one before it, in measures
 * a reader can use: its length and reading time, whom it cites, and the facts ({@link CorpusFacts})
 * its sentences report.
 *
 * @param words words of the chosen sentences, as a reader counts them
 * @param sentences how many sentences were chosen
 * @param newSentences of them, how many the shorter brief does not have (all, for the shortest)
 * @param newWords the words of those new sentences
 * @param articlesCited articles a reader sees cited: quoted, or named as saying the same thing
 * @param outletsCited distinct outlet names of those articles (articles without one not counted)
 * @param facts the facts its sentences report
 * @param newFacts of them, how many the shorter brief does not report (all, for the shortest)
 * @param sharedFacts of its facts, how many two or more independent reports give
 */
public record BriefMeasures(int words, int sentences, int newSentences, int newWords, int articlesCited,
    int outletsCited, int facts, int newFacts, int sharedFacts) {
  /** Reading speed behind {@link #readingSeconds()}: words a minute of an adult reading news. */
  public static final int WORDS_PER_MINUTE = 240;

  public BriefMeasures {
    if (words < 0 || sentences < 0 || newSentences < 0 || newWords < 0 || articlesCited < 0 || outletsCited < 0
        || facts < 0 || newFacts < 0 || sharedFacts < 0) {
      throw new IllegalArgumentException("counts below 0");
    }
    if (newSentences > sentences || newWords > words || newFacts > facts || sharedFacts > facts || facts > sentences) {
      throw new IllegalArgumentException("more new or shared than there are, or more facts than sentences");
    }
  }

  /**
   * Measures {@code brief}, made of the sentences {@code chosen}, against the shorter brief of
   * {@code shorter} (empty for the shortest).
   */
  public static BriefMeasures of(Brief brief, List<Integer> chosen, List<Integer> shorter, CorpusFacts facts,
      List<Integer> wordsOfSentence) {
    Set<Integer> before = new HashSet<>(shorter);
    int newSentences = 0;
    int newWords = 0;
    int words = 0;
    for (int s : chosen) {
      words += wordsOfSentence.get(s);
      if (!before.contains(s)) {
        newSentences++;
        newWords += wordsOfSentence.get(s);
      }
    }
    List<Integer> covered = facts.coveredBy(chosen);
    Set<Integer> coveredBefore = new HashSet<>(facts.coveredBy(shorter));
    int newFacts = (int) covered.stream().filter(f -> !coveredBefore.contains(f)).count();
    int shared = (int) covered.stream().filter(f -> facts.facts().get(f).shared()).count();
    TreeSet<Integer> cited = new TreeSet<>();
    for (BriefLine line : brief.lines()) {
      cited.add(line.source());
      cited.addAll(line.alsoIn());
    }
    long outlets = cited.stream().map(brief.sources()::get).map(Article::metadata)
        .flatMap(m -> m.outlet().stream()).distinct().count();
    return new BriefMeasures(words, chosen.size(), newSentences, newWords, cited.size(), (int) outlets,
        covered.size(), newFacts, shared);
  }

  /** How long the brief takes to read at {@value #WORDS_PER_MINUTE} words a minute, in whole seconds (rounded). */
  public long readingSeconds() {
    return Math.round(words * 60.0 / WORDS_PER_MINUTE);
  }

  /** The new facts per 100 new words; empty when nothing new was added. */
  public java.util.OptionalDouble newFactsPer100NewWords() {
    return newWords == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(100.0 * newFacts / newWords);
  }
}
