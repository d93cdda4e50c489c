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
 * The concepts of a corpus as Gillick and Favre (2009) define them: word bigrams (stemmed, a
 * bigram of two function words excepted), each weighing the number of reports that use it when at
 * least {@code minArticleShare} of the reports (and two at least, when there are two) do, else 0; a
 * report is an article with its copies and rewrites ({@link AnalyzedCorpus#copyGroups()}).
 *
 * @param ids the distinct concept ids of each sentence, ascending
 * @param weight each concept's weight
 */
record Concepts(int[][] ids, double[] weight) {
  static Concepts of(AnalyzedCorpus corpus, double minArticleShare, Stemmer stemmer, StopWords stopWords) {
    int[][] ids = conceptIds(corpus, stemmer, stopWords);
    int conceptCount = 0;
    for (int[] sentence : ids) {
      for (int c : sentence) {
        conceptCount = Math.max(conceptCount, c + 1);
      }
    }
    return new Concepts(ids, articleFrequencies(corpus, ids, conceptCount, minArticleShare));
  }

  /** The largest total weight of one sentence's concepts (0 when no sentence has a concept). */
  double bestGain() {
    double best = 0;
    for (int[] sentence : ids) {
      double gain = 0;
      for (int c : sentence) {
        gain += weight[c];
      }
      best = Math.max(best, gain);
    }
    return best;
  }

  /**
   * Each concept's weight: the number of articles using it, an article and its copies or rewrites
   * counting once (a rewrite is not a second report), or 0 when too few do.
   */
  private static double[] articleFrequencies(AnalyzedCorpus corpus, int[][] concepts, int conceptCount,
      double minArticleShare) {
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
  private static int[][] conceptIds(AnalyzedCorpus corpus, Stemmer stemmer, StopWords stopWords) {
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
