package newsbrief.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsbrief.AnalyzedCorpus;
import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;
import newsbrief.text.Words;

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
    int[][] concepts = conceptIds(corpus);
    int conceptCount = 0;
    for (int[] ids : concepts) {
      for (int c : ids) {
        conceptCount = Math.max(conceptCount, c + 1);
      }
    }
    double[] weight = articleFrequencies(corpus, concepts, conceptCount);
    double bestGain = 0;
    for (int[] ids : concepts) {
      double gain = 0;
      for (int c : ids) {
        gain += weight[c];
      }
      bestGain = Math.max(bestGain, gain);
    }
    double maxScore = 0;
    for (double s : scores) {
      maxScore = Math.max(maxScore, s);
    }
    double conceptScale = bestGain > 0 ? 1 / bestGain : 0;
    double scoreScale = maxScore > 0 ? 1 / maxScore : 0;
    boolean[] covered = new boolean[conceptCount];
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
      public void add(int s) {
        for (int c : concepts[s]) {
          covered[c] = true;
        }
      }
    };
    return n == 0 ? List.of() : GreedySelection.run(corpus, budget, objective, costExponent, redundancyThreshold, required);
  }

  /**
   * Each concept's weight: the number of articles using it, an article and its copies or rewrites
   * counting once (a rewrite is not a second report), or 0 when too few do.
   */
  private double[] articleFrequencies(AnalyzedCorpus corpus, int[][] concepts, int conceptCount) {
    int[] frequency = new int[conceptCount];
    int articles = corpus.articles().size();
    int pairs = 0;
    for (int[] ids : concepts) {
      pairs += ids.length;
    }
    // Each (concept, report) pair once: sorted primitive keys, not millions of boxed ones.
    long[] keys = new long[pairs];
    int k = 0;
    for (int s = 0; s < concepts.length; s++) {
      long group = corpus.copyGroups().get(corpus.sentences().get(s).article());
      for (int c : concepts[s]) {
        keys[k++] = (long) c * articles + group;
      }
    }
    Arrays.parallelSort(keys);
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        frequency[(int) (keys[i] / articles)]++;
      }
    }
    int reports = (int) corpus.copyGroups().stream().distinct().count();
    int least = Math.max(Math.min(2, reports), (int) Math.ceil(minArticleShare * reports - 1e-9));
    double[] weight = new double[conceptCount];
    for (int c = 0; c < conceptCount; c++) {
      weight[c] = frequency[c] >= least ? frequency[c] : 0;
    }
    return weight;
  }

  /**
   * The distinct bigram ids of each sentence. Bigrams are found in parallel; ids are then given in
   * sentence order, so they do not depend on threads.
   */
  private int[][] conceptIds(AnalyzedCorpus corpus) {
    Map<String, String> stems = new ConcurrentHashMap<>();
    List<List<String>> bigrams = corpus.sentences().parallelStream().map(sentence -> {
      List<String> words = new ArrayList<>();
      for (String token : sentence.tokens()) {
        Words.addRougeTokens(token.toLowerCase(Locale.ROOT), words);
      }
      List<String> found = new ArrayList<>();
      for (int i = 1; i < words.size(); i++) {
        String first = words.get(i - 1);
        String second = words.get(i);
        if (!(stopWords.contains(first) && stopWords.contains(second))) {
          found.add(stems.computeIfAbsent(first, stemmer::stem) + " " + stems.computeIfAbsent(second, stemmer::stem));
        }
      }
      return found;
    }).toList();
    Map<String, Integer> ids = new HashMap<>();
    int[][] concepts = new int[corpus.size()][];
    for (int s = 0; s < concepts.length; s++) {
      concepts[s] = bigrams.get(s).stream().mapToInt(b -> ids.computeIfAbsent(b, k -> ids.size())).distinct().sorted().toArray();
    }
    return concepts;
  }

}
