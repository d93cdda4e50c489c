package newsbrief.compare;

import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;

/**
 * What one brief of a corpus holds, measured on the corpus's sentence graph. With {@code p_i} the
 * LexRank score of sentence {@code i} (the scores sum to 1), {@code S} the chosen sentences and
 * {@code cos} the cosine of two sentences' TF-IDF vectors ({@code cos(i, i) = 1}):
 *
 * <pre>
 *   centralityCovered = &Sigma;_i p_i &middot; max_{j in S} cos(i, j)     (0 when S is empty)
 *   centralityChosen  = &Sigma;_{j in S} p_j
 * </pre>
 *
 * The first counts a sentence as covered in the measure the brief says something like it, so it
 * rewards briefs that stand for much of the corpus; the second counts only the chosen sentences'
 * own scores. Both lie in [0, 1] and grow as sentences are added.
 *
 * @param words words of the chosen sentences, as a reader counts them
 * @param sentences how many sentences were chosen
 * @param articlesCited articles a reader sees cited: quoted, or named as saying the same thing
 * @param outletsCited distinct outlet names of those articles (articles without one not counted)
 * @param centralityCovered see above, in [0, 1]
 * @param centralityChosen see above, in [0, 1]
 * @param maxCosine the largest cosine between two chosen sentences; empty for fewer than two
 * @param meanCosine the mean cosine over all pairs of chosen sentences; empty for fewer than two
 */
public record BriefMeasures(int words, int sentences, int articlesCited, int outletsCited,
    double centralityCovered, double centralityChosen, OptionalDouble maxCosine, OptionalDouble meanCosine) {

  public BriefMeasures {
    if (words < 0 || sentences < 0 || articlesCited < 0 || outletsCited < 0) {
      throw new IllegalArgumentException("counts below 0");
    }
  }

  /**
   * Measures {@code brief}, made of the sentences {@code chosen} of {@code corpus}.
   *
   * @param scores the LexRank score of every sentence of {@code corpus}
   */
  public static BriefMeasures of(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen, Brief brief) {
    double[] nearest = new double[corpus.size()];
    double chosenScore = 0;
    double maxCosine = 0;
    double cosineSum = 0;
    for (int k = 0; k < chosen.size(); k++) {
      int j = chosen.get(k);
      chosenScore += scores[j];
      double[] similarity = corpus.similaritiesTo(j);
      for (int i = 0; i < nearest.length; i++) {
        nearest[i] = Math.max(nearest[i], similarity[i]);
      }
      for (int earlier = 0; earlier < k; earlier++) {
        double cosine = similarity[chosen.get(earlier)];
        maxCosine = Math.max(maxCosine, cosine);
        cosineSum += cosine;
      }
    }
    double covered = 0;
    for (int i = 0; i < nearest.length; i++) {
      covered += scores[i] * nearest[i];
    }
    long pairs = (long) chosen.size() * (chosen.size() - 1) / 2;
    TreeSet<Integer> cited = new TreeSet<>();
    for (BriefLine line : brief.lines()) {
      cited.add(line.source());
      cited.addAll(line.alsoIn());
    }
    long outlets = cited.stream().map(brief.sources()::get).map(Article::metadata)
        .flatMap(m -> m.outlet().stream()).distinct().count();
    return new BriefMeasures(brief.wordCount(), brief.lines().size(), cited.size(), (int) outlets,
        Math.min(1, covered), Math.min(1, chosenScore),
        pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(maxCosine),
        pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(cosineSum / pairs));
  }
}
