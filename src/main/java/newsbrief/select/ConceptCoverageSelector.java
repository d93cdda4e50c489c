package newsbrief.select;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import newsbrief.AnalyzedCorpus;
import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;

/**
 * Concept coverage (Gillick and Favre 2009): the concepts are word bigrams (stemmed, a bigram of
 * two function words excepted) used by at least {@code minArticleShare} of the reports (and by
 * two at least, when there are two), each weighing the number of reports that use it, where a
 * report is an article with its copies and rewrites ({@link AnalyzedCorpus#copyGroups()}), and a summary is worth the total weight of the concepts it
 * contains, each counted once: {@code F(S) = sum_c w_c [c in S]}. Bigrams that many reports repeat
 * are what several reports agree is the news, and they are also what ROUGE-2 rewards.
 *
 * <p>F is monotone submodular, so it is maximised greedily by gain per cost^{@code costExponent}
 * (as Lin and Bilmes 2010 do for budgets) rather than by Gillick and Favre's integer program. The
 * ranker's score, scaled to a maximum of 1, is added with weight {@code rankWeight} (and always
 * with a weight of 1e-6, so that once the concepts are spent the budget is filled in rank order).
 * Concept gains are scaled by the best single sentence's gain, so both terms are in [0, 1].
 */
public final class ConceptCoverageSelector implements SentenceSelector {
  private static final double FILL_WEIGHT = 1e-6;

  private final double minArticleShare;
  private final double rankWeight;
  private final double costExponent;
  private final double redundancyThreshold;
  private final Stemmer stemmer;
  private final StopWords stopWords;

  /**
   * @param minArticleShare share of the articles that must use a bigram for it to be a concept, in [0, 1]
   * @param rankWeight weight of the ranker's score against concept gain, at least 0
   * @param costExponent r: gain is divided by length^r, at least 0
   * @param redundancyThreshold cosine at which two sentences say the same thing, in (0, 1]
   * @param stemmer lower-case word to stem, thread-safe
   */
  public ConceptCoverageSelector(double minArticleShare, double rankWeight, double costExponent,
      double redundancyThreshold, Stemmer stemmer, StopWords stopWords) {
    if (!(minArticleShare >= 0 && minArticleShare <= 1) || !(rankWeight >= 0) || !(costExponent >= 0)
        || !(redundancyThreshold > 0 && redundancyThreshold <= 1)) {
      throw new IllegalArgumentException("concept selection settings out of range");
    }
    this.minArticleShare = minArticleShare;
    this.rankWeight = rankWeight;
    this.costExponent = costExponent;
    this.redundancyThreshold = redundancyThreshold;
    this.stemmer = stemmer;
    this.stopWords = stopWords;
  }

  @Override
  public List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget, List<Integer> required) {
    int n = corpus.size();
    Concepts found = Concepts.of(corpus, minArticleShare, stemmer, stopWords);
    int[][] concepts = found.ids();
    double[] weight = found.weight();
    double bestGain = found.bestGain();
    double maxScore = 0;
    for (double s : scores) {
      maxScore = Math.max(maxScore, s);
    }
    double conceptScale = bestGain > 0 ? 1 / bestGain : 0;
    double scoreScale = maxScore > 0 ? 1 / maxScore : 0;
    boolean[] covered = new boolean[weight.length];
    MarginalGain objective = new MarginalGain() {
      @Override
      public double gain(int s) {
        double gain = 0;
        for (int c : concepts[s]) {
          if (!covered[c]) {
            gain += weight[c];
          }
        }
        return gain * conceptScale + (rankWeight + FILL_WEIGHT) * scores[s] * scoreScale;
      }

      @Override
      public double gain(List<Integer> unit) {
        double gain = 0;
        double rank = 0;
        Set<Integer> counted = new HashSet<>();
        for (int s : unit) {
          for (int c : concepts[s]) {
            if (!covered[c] && counted.add(c)) {
              gain += weight[c];
            }
          }
          rank += scores[s];
        }
        return gain * conceptScale + (rankWeight + FILL_WEIGHT) * rank * scoreScale;
      }

      @Override
      public void add(int s) {
        for (int c : concepts[s]) {
          covered[c] = true;
        }
      }
    };
    return n == 0 ? List.of() : GreedySelection.run(corpus, budget, objective, costExponent, redundancyThreshold, required);
  }

  @Override
  public OptionalInt shortestLeft(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen, Budget budget) {
    return GreedySelection.shortestLeft(corpus, chosen, budget, redundancyThreshold, s -> false);
  }
}
