package newsbrief.select;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import newsbrief.AnalyzedCorpus;
import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;

/**
 * Fact and concept coverage. A brief is worth the facts it covers ({@link Facts}: what groups of
 * sentences across articles report), each counted once and weighing how prominently independent
 * reports give it, more when it was first reported later:
 * {@code w_f = prominence_f * (1 + recencyWeight * recency_f)}, prominence adding {@code 1/(1+p)}
 * for each report that gives the fact in its sentence at position p; plus the concepts it covers,
 * as {@link ConceptCoverageSelector} counts them (Gillick and Favre 2009); plus the ranker's scores:
 * {@code F(S) = concepts(S) + factWeight * sum_{f covered by S} w_f + rankWeight * sum_{s in S} score_s},
 * each term scaled to a maximum of 1 for one sentence. Both coverage terms are monotone submodular
 * and maximised greedily by gain per cost^{@code costExponent} of the concept settings (Lin and
 * Bilmes 2010), so of two
 * sentences stating the same facts the shorter wins unless the longer adds concepts. One sentence
 * per fact: a sentence whose own fact a chosen sentence covers is not chosen.
 *
 * <p>Concepts are what most reports share, background included; facts weighed by their place in
 * each report are what the reports lead with, each report's news of its day.
 */
public final class FactCoverageSelector implements SentenceSelector {
  private static final double FILL_WEIGHT = 1e-6;

  private final Selection.FactCoverage settings;
  private final double redundancyThreshold;
  private final Stemmer stemmer;
  private final StopWords stopWords;

  /**
   * @param settings the fact and concept settings
   * @param redundancyThreshold cosine at which two sentences say the same thing, in (0, 1]
   * @param stemmer lower-case word to stem for concepts, thread-safe
   */
  public FactCoverageSelector(Selection.FactCoverage settings, double redundancyThreshold, Stemmer stemmer,
      StopWords stopWords) {
    if (settings == null || !(redundancyThreshold > 0 && redundancyThreshold <= 1)) {
      throw new IllegalArgumentException("fact selection settings out of range");
    }
    this.settings = settings;
    this.redundancyThreshold = redundancyThreshold;
    this.stemmer = stemmer;
    this.stopWords = stopWords;
  }

  @Override
  public List<Integer> select(AnalyzedCorpus corpus, double[] scores, Budget budget, List<Integer> required) {
    if (corpus.size() == 0) {
      return List.of();
    }
    Selection.Concepts conceptSettings = settings.concepts();
    Concepts concepts = Concepts.of(corpus, conceptSettings.minArticleShare(), stemmer, stopWords);
    Facts facts = Facts.find(corpus, scores);
    double[] factWeight = new double[facts.size()];
    for (int f = 0; f < facts.size(); f++) {
      factWeight[f] = facts.facts().get(f).prominence() * (1 + settings.recencyWeight() * facts.recency(f));
    }
    double bestFacts = 0;
    double maxScore = 0;
    for (int s = 0; s < corpus.size(); s++) {
      double total = 0;
      for (int f : facts.stated(s)) {
        total += factWeight[f];
      }
      bestFacts = Math.max(bestFacts, total);
      maxScore = Math.max(maxScore, scores[s]);
    }
    double bestConcepts = concepts.bestGain();
    double conceptScale = bestConcepts > 0 ? 1 / bestConcepts : 0;
    double factScale = bestFacts > 0 ? settings.factWeight() / bestFacts : 0;
    double scoreScale = maxScore > 0 ? 1 / maxScore : 0;
    int[][] ids = concepts.ids();
    double[] weight = concepts.weight();
    boolean[] covered = new boolean[weight.length];
    boolean[] stated = new boolean[facts.size()];
    // the facts chosen sentences say (each its own): a sentence that states one repeats it
    boolean[] told = new boolean[facts.size()];
    MarginalGain objective = new MarginalGain() {
      @Override
      public double gain(int s) {
        double conceptGain = 0;
        for (int c : ids[s]) {
          if (!covered[c]) {
            conceptGain += weight[c];
          }
        }
        double factGain = 0;
        for (int f : facts.stated(s)) {
          if (!stated[f]) {
            factGain += factWeight[f];
          }
        }
        return conceptGain * conceptScale + factGain * factScale
            + (conceptSettings.rankWeight() + FILL_WEIGHT) * scores[s] * scoreScale;
      }

      @Override
      public double gain(List<Integer> unit) {
        double conceptGain = 0;
        double factGain = 0;
        double rank = 0;
        Set<Integer> conceptsCounted = new HashSet<>();
        Set<Integer> factsCounted = new HashSet<>();
        for (int s : unit) {
          for (int c : ids[s]) {
            if (!covered[c] && conceptsCounted.add(c)) {
              conceptGain += weight[c];
            }
          }
          for (int f : facts.stated(s)) {
            if (!stated[f] && factsCounted.add(f)) {
              factGain += factWeight[f];
            }
          }
          rank += scores[s];
        }
        return conceptGain * conceptScale + factGain * factScale
            + (conceptSettings.rankWeight() + FILL_WEIGHT) * rank * scoreScale;
      }

      @Override
      public boolean allowed(int s) {
        return !repeats(facts, s, f -> stated[f], f -> told[f]);
      }

      @Override
      public void add(int s) {
        told[facts.factOf(s)] = true;
        for (int c : ids[s]) {
          covered[c] = true;
        }
        for (int f : facts.stated(s)) {
          stated[f] = true;
        }
      }
    };
    return GreedySelection.run(corpus, budget, objective, conceptSettings.costExponent(), redundancyThreshold, required);
  }

  /**
   * Also barred: a sentence whose fact a chosen sentence states (one sentence per fact), and one
   * that states the fact of a chosen sentence (nothing said twice).
   */
  @Override
  public OptionalInt shortestLeft(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen, Budget budget) {
    Facts facts = Facts.find(corpus, scores);
    Set<Integer> stated = new HashSet<>(facts.coveredBy(chosen));
    Set<Integer> told = new HashSet<>();
    chosen.forEach(s -> told.add(facts.factOf(s)));
    return GreedySelection.shortestLeft(corpus, chosen, budget, redundancyThreshold,
        s -> repeats(facts, s, stated::contains, told::contains));
  }

  /**
   * Whether sentence {@code s} says again what the brief says: its fact is {@code stated} by a
   * chosen sentence (one sentence per fact), or it states a fact {@code told} as a chosen
   * sentence's own (nothing said twice).
   */
  private static boolean repeats(Facts facts, int s, IntPredicate stated, IntPredicate told) {
    if (stated.test(facts.factOf(s))) {
      return true;
    }
    for (int f : facts.stated(s)) {
      if (told.test(f)) {
        return true;
      }
    }
    return false;
  }
}
