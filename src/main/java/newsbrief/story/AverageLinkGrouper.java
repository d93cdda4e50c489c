package newsbrief.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import newsbrief.Article;
import newsbrief.vectorize.TermVector;

/**
 * Story grouping by agglomerative clustering with average linkage and a similarity threshold
 * (group-average clustering as in TDT event detection, Yang, Pierce and Carbonell 1998): start
 * with one story per article, repeatedly join the two stories whose average pairwise similarity
 * {@code sum(sim(a, b)) / (|A| |B|)} is highest, and stop when no pair reaches its threshold. The
 * number of stories is not set in advance. A story absorbs a smaller one (fewer than
 * {@link StoryOptions#establishedStorySize()} articles) at {@link StoryOptions#mergeThreshold()};
 * two established stories join only at {@link StoryOptions#establishedMergeThreshold()}, since
 * separate but related events (an indictment and the bombing it is about) stay fairly close. A
 * smaller story is absorbed only when one of its articles is close to one of the other's
 * ({@link StoryOptions#linkThreshold()}, before the time factor): in a folder of unrelated pages,
 * an article loosely like several of a story (the same beat) is not one of its reports.
 *
 * <p>Similarity is the cosine of two articles' TF-IDF vectors ({@link ArticleVectorizer}) counted
 * over their signatures, times {@code exp(-days apart / timeScaleDays)} when both are dated. A
 * signature is the article's {@link StoryOptions#signatureTerms()} heaviest terms among those some
 * other article holds too, divided by the whole vector's norm; so the similarity never exceeds the
 * cosine, and a story is not made of two articles that share a few words and little else.
 *
 * <p>It scales by never comparing all pairs: an inverted index over the signatures yields only
 * the pairs that share a term, and their dot product is accumulated term by term. Signatures keep
 * the terms an article uses much and the day uses little, so shared terms are rare ones and
 * candidate pairs few; a term in more than {@link StoryOptions#commonTermArticles()} signatures is
 * not indexed at all, which bounds the work per term (its small share of the cosine is lost).
 * Pairs below {@link StoryOptions#similarityFloor()} count as 0, so the clustering runs on a
 * sparse graph: each join merges the smaller neighbour map into the larger, and a heap of each
 * story's best join gives the next one.
 *
 * <p>Deterministic: ties go to the pair with the smaller story ids. Thread-safe; similarities are
 * computed in parallel, row by row, so the result does not depend on the thread count.
 */
public final class AverageLinkGrouper implements StoryGrouper {
  private static final int ROWS_PER_TASK = 64;
  private static final long UNDATED = Long.MIN_VALUE;

  private final ArticleVectorizer vectorizer;
  private final StoryOptions options;

  /** @param options its grouping values: thresholds, floor, signature size, common terms, time scale */
  public AverageLinkGrouper(ArticleVectorizer vectorizer, StoryOptions options) {
    this.vectorizer = vectorizer;
    this.options = options;
  }

  @Override
  public List<Story> group(List<Article> articles) {
    return group(vectorizer.vectorize(articles), articles.stream().map(a -> a.metadata().date()).toList());
  }

  /**
   * The stories of articles given as TF-IDF vectors and dates (empty when unknown), one of each
   * per article, with the contract of {@link StoryGrouper#group(List)}.
   */
  public List<Story> group(List<TermVector> vectors, List<Optional<LocalDate>> dates) {
    if (vectors.size() != dates.size()) {
      throw new IllegalArgumentException("one date (or none) per vector is needed: "
          + dates.size() + " dates for " + vectors.size() + " vectors");
    }
    int n = vectors.size();
    int[] holders = holders(vectors);
    List<Signature> signatures = vectors.parallelStream().map(v -> Signature.of(v, holders, options.signatureTerms())).toList();
    long[] days = dates.stream().mapToLong(d -> d.map(LocalDate::toEpochDay).orElse(UNDATED)).toArray();
    Postings postings = Postings.of(signatures, options.commonTermArticles());
    List<Row> rows = IntStream.range(0, (n + ROWS_PER_TASK - 1) / ROWS_PER_TASK).parallel()
        .mapToObj(task -> rows(task * ROWS_PER_TASK, Math.min(n, (task + 1) * ROWS_PER_TASK), signatures, days, postings))
        .flatMap(List::stream)
        .toList();
    return new Clustering(n, rows).run();
  }

  /** How many of the vectors hold each term id. */
  private static int[] holders(List<TermVector> vectors) {
    int[] holders = new int[TermVector.termBound(vectors)];
    for (TermVector v : vectors) {
      for (int k = 0; k < v.size(); k++) {
        holders[v.term(k)]++;
      }
    }
    return holders;
  }

  /**
   * The heaviest terms of one article among those another article holds too (a term of one
   * article cannot link two), ids ascending, weights divided by the whole vector's norm: the dot
   * product of two signatures is the part of the cosine their shared signature terms make.
   */
  private record Signature(int[] terms, double[] weights) {
    static Signature of(TermVector vector, int[] holders, int size) {
      int[] kept = IntStream.range(0, vector.size()).filter(k -> holders[vector.term(k)] >= 2).boxed()
          .sorted(Comparator.comparingDouble((Integer k) -> -vector.weight(k)).thenComparingInt(k -> k))
          .limit(size).mapToInt(Integer::intValue).sorted().toArray();
      int[] terms = new int[kept.length];
      double[] weights = new double[kept.length];
      for (int i = 0; i < kept.length; i++) {
        terms[i] = vector.term(kept[i]);
        weights[i] = vector.weight(kept[i]) / vector.norm();
      }
      return new Signature(terms, weights);
    }
  }

  /**
   * For each term, the articles whose signature holds it (ascending) and its weight there; terms
   * in more than {@code maxArticles} signatures get no postings.
   */
  private record Postings(int[][] articles, double[][] weights) {
    static Postings of(List<Signature> signatures, int maxArticles) {
      int terms = 0;
      for (Signature s : signatures) {
        for (int t : s.terms()) {
          terms = Math.max(terms, t + 1);
        }
      }
      int[] counts = new int[terms];
      for (Signature s : signatures) {
        for (int t : s.terms()) {
          counts[t]++;
        }
      }
      int[][] articles = new int[terms][];
      double[][] weights = new double[terms][];
      for (int t = 0; t < terms; t++) {
        int size = counts[t] <= maxArticles ? counts[t] : 0;
        articles[t] = new int[size];
        weights[t] = new double[size];
      }
      int[] fill = new int[terms];
      for (int a = 0; a < signatures.size(); a++) {
        Signature s = signatures.get(a);
        for (int k = 0; k < s.terms().length; k++) {
          int t = s.terms()[k];
          if (fill[t] < articles[t].length) {
            articles[t][fill[t]] = a;
            weights[t][fill[t]++] = s.weights()[k];
          }
        }
      }
      return new Postings(articles, weights);
    }
  }

  /** Similarities of article {@code article} to later articles, at or above the floor, neighbours ascending. */
  private record Row(int article, int[] neighbours, double[] similarities, double[] contents) {}

  private List<Row> rows(int from, int to, List<Signature> signatures, long[] days, Postings postings) {
    int n = signatures.size();
    double[] dot = new double[n];
    int[] touched = new int[n];
    List<Row> rows = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Signature s = signatures.get(i);
      int count = 0;
      for (int k = 0; k < s.terms().length; k++) {
        int[] holders = postings.articles()[s.terms()[k]];
        double[] holderWeights = postings.weights()[s.terms()[k]];
        int after = Arrays.binarySearch(holders, i);
        for (int p = after < 0 ? -after - 1 : after + 1; p < holders.length; p++) {
          int j = holders[p];
          if (dot[j] == 0) {
            touched[count++] = j;
          }
          dot[j] += s.weights()[k] * holderWeights[p];
        }
      }
      int kept = 0;
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        double similarity = similarity(i, j, dot[j], days);
        if (similarity > 0 && similarity >= options.similarityFloor()) {
          touched[kept++] = j;
        } else {
          dot[j] = 0;
        }
      }
      Arrays.sort(touched, 0, kept);
      int[] neighbours = Arrays.copyOf(touched, kept);
      double[] similarities = new double[kept];
      double[] contents = new double[kept];
      for (int c = 0; c < kept; c++) {
        similarities[c] = similarity(i, neighbours[c], dot[neighbours[c]], days);
        contents[c] = Math.min(1.0, dot[neighbours[c]]);
        dot[neighbours[c]] = 0;
      }
      rows.add(new Row(i, neighbours, similarities, contents));
    }
    return rows;
  }

  /** The similarity of articles {@code i} and {@code j} whose signatures have dot product {@code dot}. */
  private double similarity(int i, int j, double dot, long[] days) {
    return Math.min(1.0, dot) * recency(days[i], days[j]);
  }

  /** The factor for two articles' distance in time: 1 when either is undated. */
  private double recency(long dayA, long dayB) {
    if (dayA == UNDATED || dayB == UNDATED) {
      return 1;
    }
    return Math.exp(-Math.abs(dayA - dayB) / options.timeScaleDays());
  }

  /**
   * One run of average-link clustering over the sparse similarity graph. A story is named by one
   * of its articles; {@code links[s]} maps each neighbouring story to the sum of the similarities
   * between their articles, and is {@code null} once {@code s} has been absorbed.
   *
   * <p>Each story keeps its best join, the neighbour with the highest average it may join, and
   * the heap holds those. Average linkage is reducible: the average to a union of two stories lies
   * between the averages to each, so after a join only the new story and the stories whose best
   * join was one of the two need their best join found again.
   */
  private final class Clustering {
    private static final int NONE = -1;

    private final int[] parent;
    private final int[] size;
    private final int[] version;
    private final int[] bestNeighbour;
    private final LinkMap[] links;
    private final JoinHeap heap = new JoinHeap();
    private final List<Row> rows;

    Clustering(int n, List<Row> rows) {
      this.rows = rows;
      parent = IntStream.range(0, n).toArray();
      size = new int[n];
      Arrays.fill(size, 1);
      version = new int[n];
      bestNeighbour = new int[n];
      links = new LinkMap[n];
      for (int i = 0; i < n; i++) {
        links[i] = new LinkMap();
      }
      for (Row row : rows) {
        for (int k = 0; k < row.neighbours().length; k++) {
          links[row.article()].add(row.neighbours()[k], row.similarities()[k], row.contents()[k]);
          links[row.neighbours()[k]].add(row.article(), row.similarities()[k], row.contents()[k]);
        }
      }
      for (int i = 0; i < n; i++) {
        findBestJoin(i);
      }
    }

    List<Story> run() {
      while (!heap.isEmpty()) {
        int story = heap.topA();
        int neighbour = heap.topB();
        boolean current = links[story] != null && version[story] == heap.topVersionA();
        heap.pop();
        if (current) {
          merge(story, neighbour);
        }
      }
      return stories();
    }

    /**
     * Finds the neighbour with the highest average that {@code story} may join (ties to the
     * smaller id) and offers that join; any join offered before for {@code story} goes stale.
     */
    private void findBestJoin(int story) {
      version[story]++;
      LinkMap neighbours = links[story];
      int best = NONE;
      double bestAverage = 0;
      for (int slot = neighbours.firstSlot(); slot >= 0; slot = neighbours.nextSlot(slot)) {
        int other = neighbours.keyAt(slot);
        double average = neighbours.valueAt(slot) / ((double) size[story] * size[other]);
        boolean established = Math.min(size[story], size[other]) >= options.establishedStorySize();
        boolean allowed = average >= (established ? options.establishedMergeThreshold() : options.mergeThreshold())
            && (established || neighbours.strongestAt(slot) >= options.linkThreshold());
        if (allowed && (best == NONE || average > bestAverage || (average == bestAverage && other < best))) {
          best = other;
          bestAverage = average;
        }
      }
      bestNeighbour[story] = best;
      if (best != NONE) {
        heap.push(bestAverage, story, best, version[story]);
      }
    }

    /** Joins two stories; the one with more neighbours absorbs the other. */
    private void merge(int a, int b) {
      int keep = links[a].size() >= links[b].size() ? a : b;
      int gone = keep == a ? b : a;
      LinkMap kept = links[keep];
      LinkMap absorbed = links[gone];
      kept.remove(gone);
      for (int slot = absorbed.firstSlot(); slot >= 0; slot = absorbed.nextSlot(slot)) {
        int other = absorbed.keyAt(slot);
        if (other != keep) {
          double sum = absorbed.valueAt(slot);
          double strongest = absorbed.strongestAt(slot);
          kept.add(other, sum, strongest);
          links[other].remove(gone);
          links[other].add(keep, sum, strongest);
        }
      }
      links[gone] = null;
      parent[gone] = keep;
      size[keep] += size[gone];
      findBestJoin(keep);
      for (int slot = kept.firstSlot(); slot >= 0; slot = kept.nextSlot(slot)) {
        int other = kept.keyAt(slot);
        if (bestNeighbour[other] == a || bestNeighbour[other] == b) {
          findBestJoin(other);
        }
      }
    }

    private int root(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** The stories, each with its articles from the most central (highest sum of similarities to the others) down. */
    private List<Story> stories() {
      double[] centrality = new double[parent.length];
      for (Row row : rows) {
        for (int k = 0; k < row.neighbours().length; k++) {
          if (root(row.article()) == root(row.neighbours()[k])) {
            centrality[row.article()] += row.similarities()[k];
            centrality[row.neighbours()[k]] += row.similarities()[k];
          }
        }
      }
      Map<Integer, List<Integer>> byRoot = new HashMap<>();
      List<List<Integer>> inOrder = new ArrayList<>();
      for (int i = 0; i < parent.length; i++) {
        List<Integer> members = byRoot.computeIfAbsent(root(i), r -> new ArrayList<>());
        if (members.isEmpty()) {
          inOrder.add(members);
        }
        members.add(i);
      }
      Comparator<Integer> mostCentral = Comparator.comparingDouble((Integer a) -> -centrality[a]).thenComparingInt(a -> a);
      return inOrder.stream().map(members -> new Story(members, members.stream().sorted(mostCentral).toList())).toList();
    }
  }

  /**
   * Sums of similarities to neighbouring stories, by story id: an open-addressing hash map of
   * primitives (linear probing, deletion by backward shift), since the graph may hold millions of
   * links. Iteration order depends only on the order of updates, so runs are reproducible.
   */
  private static final class LinkMap {
    private static final int EMPTY = -1;
    private int[] keys = emptyKeys(4);
    private double[] values = new double[4];
    private double[] strongest = new double[4];
    private int size;

    private static int[] emptyKeys(int capacity) {
      int[] keys = new int[capacity];
      Arrays.fill(keys, EMPTY);
      return keys;
    }

    int size() {
      return size;
    }

    /**
     * Adds {@code amount} to the sum for {@code key}, which starts at 0, and keeps the largest
     * {@code strongestLink} seen for it.
     */
    void add(int key, double amount, double strongestLink) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int slot = find(key);
      if (keys[slot] == EMPTY) {
        keys[slot] = key;
        values[slot] = amount;
        strongest[slot] = strongestLink;
        size++;
      } else {
        values[slot] += amount;
        strongest[slot] = Math.max(strongest[slot], strongestLink);
      }
    }

    void remove(int key) {
      int slot = find(key);
      if (keys[slot] == EMPTY) {
        return;
      }
      size--;
      int mask = keys.length - 1;
      int hole = slot;
      for (int next = (hole + 1) & mask; keys[next] != EMPTY; next = (next + 1) & mask) {
        int home = home(keys[next]);
        boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
        if (movable) {
          keys[hole] = keys[next];
          values[hole] = values[next];
          strongest[hole] = strongest[next];
          hole = next;
        }
      }
      keys[hole] = EMPTY;
    }

    /** The first occupied slot, or -1. */
    int firstSlot() {
      return nextSlot(-1);
    }

    /** The next occupied slot after {@code slot}, or -1. */
    int nextSlot(int slot) {
      for (int s = slot + 1; s < keys.length; s++) {
        if (keys[s] != EMPTY) {
          return s;
        }
      }
      return -1;
    }

    int keyAt(int slot) {
      return keys[slot];
    }

    double valueAt(int slot) {
      return values[slot];
    }

    /** The strongest similarity of one article pair between the two stories. */
    double strongestAt(int slot) {
      return strongest[slot];
    }

    private int find(int key) {
      int mask = keys.length - 1;
      int slot = home(key);
      while (keys[slot] != EMPTY && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private int home(int key) {
      return (key * 0x9E3779B9 >>> 1) & (keys.length - 1);
    }

    private void grow() {
      int[] oldKeys = keys;
      double[] oldValues = values;
      double[] oldStrongest = strongest;
      keys = emptyKeys(oldKeys.length * 2);
      values = new double[oldKeys.length * 2];
      strongest = new double[oldKeys.length * 2];
      size = 0;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != EMPTY) {
          add(oldKeys[s], oldValues[s], oldStrongest[s]);
        }
      }
    }
  }

  /**
   * A binary max-heap of candidate joins {@code (average, a, b)} with the version of {@code a} when
   * offered (a join is stale once {@code a} has changed since), kept in parallel primitive arrays, since a large day offers millions
   * of joins. Highest average first, then smaller {@code a}, then smaller {@code b}.
   */
  private static final class JoinHeap {
    private double[] average = new double[1024];
    private int[] a = new int[1024];
    private int[] b = new int[1024];
    private int[] versionA = new int[1024];
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    int topA() {
      return a[0];
    }

    int topB() {
      return b[0];
    }

    int topVersionA() {
      return versionA[0];
    }

    void push(double newAverage, int newA, int newB, int newVersionA) {
      if (size == average.length) {
        int capacity = size * 2;
        average = Arrays.copyOf(average, capacity);
        a = Arrays.copyOf(a, capacity);
        b = Arrays.copyOf(b, capacity);
        versionA = Arrays.copyOf(versionA, capacity);
      }
      set(size, newAverage, newA, newB, newVersionA);
      int i = size++;
      while (i > 0 && before(i, (i - 1) / 2)) {
        swap(i, (i - 1) / 2);
        i = (i - 1) / 2;
      }
    }

    void pop() {
      size--;
      set(0, average[size], a[size], b[size], versionA[size]);
      int i = 0;
      while (true) {
        int first = i;
        int left = 2 * i + 1;
        int right = left + 1;
        if (left < size && before(left, first)) {
          first = left;
        }
        if (right < size && before(right, first)) {
          first = right;
        }
        if (first == i) {
          return;
        }
        swap(i, first);
        i = first;
      }
    }

    private boolean before(int i, int j) {
      if (average[i] != average[j]) {
        return average[i] > average[j];
      }
      return a[i] != a[j] ? a[i] < a[j] : b[i] < b[j];
    }

    private void set(int i, double newAverage, int newA, int newB, int newVersionA) {
      average[i] = newAverage;
      a[i] = newA;
      b[i] = newB;
      versionA[i] = newVersionA;
    }

    private void swap(int i, int j) {
      double swapAverage = average[i];
      int swapA = a[i];
      int swapB = b[i];
      int swapVersionA = versionA[i];
      set(i, average[j], a[j], b[j], versionA[j]);
      set(j, swapAverage, swapA, swapB, swapVersionA);
    }
  }
}
