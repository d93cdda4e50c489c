package newsbrief.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import newsbrief.Article;
import newsbrief.clean.CleanedArticle;
import newsbrief.clean.PageCleaner;
import newsbrief.clean.TextBlock;
import newsbrief.spark.FirehoseInput.Line;
import newsbrief.text.Analyzer;
import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;
import newsbrief.text.Words;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Candidate pairs of articles of one story, found without comparing all pairs: each article is
 * represented by its {@link FirehoseSettings#signatureTerms()} heaviest terms, an inverted index of
 * those terms yields the pairs that share one, and a pair's weight is the dot product of their
 * signatures (the pairwise-similarity pattern of Elsayed, Lin and Oard 2008). Terms are the
 * library's: {@link PageCleaner}'s prose, {@link Words}, the index-term chain
 * ({@link Analyzer#indexTerms}, Porter stems without stop words), as the story grouping makes them.
 * A term weighs {@code (1 + ln tf) * ln((N + 1) / df)} over the whole input (document frequencies
 * are counted in one aggregation and broadcast: only terms in two articles or more can link two);
 * weights are divided by the whole vector's norm, so a pair's weight is the part of the cosine its
 * shared signature terms make. A term held by more than {@link FirehoseSettings#maxTermArticles()}
 * articles names no pairs, which bounds the work of one term by that number squared.
 *
 * <p>Only pairs at or above {@link FirehoseSettings#linkThreshold()} are kept. They are candidates,
 * not decisions: the library groups each bin with its own similarities.
 */
final class CandidateLinks {
  private CandidateLinks() {}

  /** Two articles (by index, {@code a < b}) that may be one story, and how much they share. */
  record Link(int a, int b, double weight) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** An article's terms and their counts. */
  private record Terms(int index, String[] terms, int[] counts) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One article's weight for a term of its signature. */
  private record Posting(int index, double weight) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The candidate pairs of the articles.
   *
   * @param articleCount how many articles there are (N of the idf)
   */
  static JavaRDD<Link> of(JavaRDD<Line> articles, int articleCount, FirehoseSettings settings) {
    JavaRDD<Terms> terms = articles.mapPartitions(CandidateLinks::terms).persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<String, Integer> frequencies = new HashMap<>(terms
        .flatMapToPair(t -> java.util.Arrays.stream(t.terms()).map(term -> new Tuple2<>(term, 1)).iterator())
        .reduceByKey(Integer::sum)
        .filter(t -> t._2() >= 2)
        .collectAsMap());
    JavaSparkContext context = JavaSparkContext.fromSparkContext(articles.context());
    Broadcast<Map<String, Integer>> df = context.broadcast(frequencies);
    int signatureTerms = settings.signatureTerms();
    int maxArticles = settings.maxTermArticles();
    double threshold = settings.linkThreshold();
    JavaPairRDD<String, Posting> postings = terms.flatMapToPair(t -> signature(t, df.value(), articleCount,
        signatureTerms, maxArticles).iterator());
    double smallest = threshold / signatureTerms;
    JavaRDD<Link> links = postings.groupByKey()
        .flatMapToPair(term -> pairs(term._2(), smallest))
        .reduceByKey(Double::sum)
        .filter(pair -> pair._2() >= threshold)
        .map(pair -> new Link((int) (pair._1() >>> 32), (int) (long) pair._1(), Math.round(pair._2() * 1e9) / 1e9));
    return links;
  }

  private static Iterator<Terms> terms(Iterator<Line> lines) {
    List<Integer> indices = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    while (lines.hasNext()) {
      Line line = lines.next();
      indices.add(line.index());
      articles.add(line.article());
    }
    StopWords stopWords = StopWords.english();
    Analyzer analyzer = Analyzer.indexTerms(stopWords, Stemmer.PORTER);
    List<CleanedArticle> cleaned = new PageCleaner(stopWords).clean(articles);
    List<Terms> out = new ArrayList<>(articles.size());
    for (int i = 0; i < cleaned.size(); i++) {
      String text = cleaned.get(i).article().text();
      Map<String, Integer> counts = new HashMap<>();
      for (TextBlock block : cleaned.get(i).prose()) {
        Words.forEach(text, block.begin(), block.end(), (b, e) -> {
          String term = analyzer.term(text.substring(b, e));
          if (term != null) {
            counts.merge(term, 1, Integer::sum);
          }
        });
      }
      String[] keys = counts.keySet().toArray(String[]::new);
      java.util.Arrays.sort(keys);
      int[] values = new int[keys.length];
      for (int k = 0; k < keys.length; k++) {
        values[k] = counts.get(keys[k]);
      }
      out.add(new Terms(indices.get(i), keys, values));
    }
    return out.iterator();
  }

  /** The article's heaviest linking terms (ties to the term that sorts first), weights over the whole norm. */
  private static List<Tuple2<String, Posting>> signature(Terms t, Map<String, Integer> df, int articles, int size,
      int maxArticles) {
    double[] weights = new double[t.terms().length];
    double norm = 0;
    for (int k = 0; k < weights.length; k++) {
      int frequency = df.getOrDefault(t.terms()[k], 1);
      weights[k] = (1 + Math.log(t.counts()[k])) * Math.log((articles + 1.0) / frequency);
      norm += weights[k] * weights[k];
    }
    double length = Math.sqrt(norm);
    List<Integer> linking = new ArrayList<>();
    for (int k = 0; k < weights.length; k++) {
      int frequency = df.getOrDefault(t.terms()[k], 1);
      if (frequency >= 2 && frequency <= maxArticles && weights[k] > 0) {
        linking.add(k);
      }
    }
    linking.sort(Comparator.comparingDouble((Integer k) -> -weights[k]).thenComparing(k -> t.terms()[k]));
    List<Tuple2<String, Posting>> out = new ArrayList<>(Math.min(size, linking.size()));
    for (int k : linking.subList(0, Math.min(size, linking.size()))) {
      out.add(new Tuple2<>(t.terms()[k], new Posting(t.index(), weights[k] / length)));
    }
    return out;
  }

  /**
   * The pairs of one term's postings whose product is at least {@code smallest}, keyed
   * {@code a << 32 | b} with {@code a < b}. Postings are taken heaviest first, so each article's
   * partners end at the first product below {@code smallest}. With {@code smallest} the threshold
   * over the signature size, a pair left out on every term it shares cannot reach the threshold
   * (it shares at most that many terms): what is lost is a pair's small contributions beside a
   * large one, a small part of its weight.
   */
  private static Iterator<Tuple2<Long, Double>> pairs(Iterable<Posting> postings, double smallest) {
    List<Posting> list = new ArrayList<>();
    postings.forEach(list::add);
    list.sort(Comparator.comparingDouble((Posting p) -> -p.weight()).thenComparingInt(Posting::index));
    List<Tuple2<Long, Double>> out = new ArrayList<>();
    for (int x = 0; x < list.size(); x++) {
      Posting a = list.get(x);
      for (int y = x + 1; y < list.size() && a.weight() * list.get(y).weight() >= smallest; y++) {
        Posting b = list.get(y);
        int low = Math.min(a.index(), b.index());
        int high = Math.max(a.index(), b.index());
        out.add(new Tuple2<>(((long) low << 32) | high, a.weight() * b.weight()));
      }
    }
    return out.iterator();
  }
}
