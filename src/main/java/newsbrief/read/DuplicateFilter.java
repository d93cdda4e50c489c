package newsbrief.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.text.Words;

/**
 * Drops articles that are copies of an earlier one, so that a story syndicated or pasted twice
 * counts once.
 *
 * <p>Texts are compared as sets of <i>shingles</i>, the overlapping runs of
 * {@value #SHINGLE_WORDS} word tokens ({@link Words}), after Unicode NFKC normalization, each
 * lower-cased and reduced to its letters, digits and combining marks (so punctuation, spacing and
 * case do not matter). An article is a <b>copy</b> of an earlier kept one when the Jaccard similarity of
 * their shingle sets, |A ∩ B| / |A ∪ B|, is at least the threshold ({@value #DEFAULT_THRESHOLD} by
 * default: a wire story with a different headline, byline or closing line is a copy; two reports
 * of the same event in different words share few 5-word runs and are not). Same normalized text
 * is an <b>exact</b> copy. A text of fewer than {@value #SHINGLE_WORDS} words is one shingle, so
 * it only matches the same text; a text with no words is never a copy.
 *
 * <p>Articles are taken in input order: each is compared with the articles kept so far and is
 * grouped as a copy of the most similar one reaching the threshold (the earliest on a tie), so no
 * two kept articles reach the threshold. Of each group the article that states the most about
 * itself (title, outlet, date, address) is kept, in the place of the first; the first on a tie. Candidates are
 * found with MinHash signatures (Broder 1997, "On the resemblance and containment of documents")
 * banded for locality-sensitive hashing ({@value #BANDS} bands of {@value #ROWS} rows; Leskovec,
 * Rajaraman and Ullman, <i>Mining of Massive Datasets</i>, ch. 3), then checked by exact Jaccard
 * similarity, so no pair below the threshold is ever called a copy. A pair at similarity s is a
 * candidate with probability 1 - (1 - s^3)^24: at 0.8 all but 3 in 100 million, at 0.5 96%.
 * Work grows with the total text, not with the number of pairs.
 */
public final class DuplicateFilter {
  /** Default similarity from which an article is a copy. */
  public static final double DEFAULT_THRESHOLD = 0.8;
  /** Lowest threshold accepted: below it candidate search would miss too many pairs. */
  public static final double MIN_THRESHOLD = 0.5;
  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;
  static final int BANDS = 24;
  static final int ROWS = 3;
  private static final int HASHES = BANDS * ROWS;
  private static final long[] SEEDS = seeds(HASHES, 0x5DEECE66DL);
  private static final long[] MULTIPLIERS = odd(seeds(HASHES, 0x2545F4914F6CDD1DL));

  private final double threshold;

  /** A filter with the {@linkplain #DEFAULT_THRESHOLD default threshold}. */
  public DuplicateFilter() {
    this(DEFAULT_THRESHOLD);
  }

  /**
   * @param threshold Jaccard similarity from which an article is a copy, in
   *     [{@value #MIN_THRESHOLD}, 1]
   */
  public DuplicateFilter(double threshold) {
    if (!(threshold >= MIN_THRESHOLD && threshold <= 1.0)) {
      throw new IllegalArgumentException("duplicate threshold " + threshold + " is not in [" + MIN_THRESHOLD + ", 1]");
    }
    this.threshold = threshold;
  }

  /**
   * One dropped article.
   *
   * @param article the copy
   * @param similarity Jaccard similarity of its shingles with the original's, 1 for an exact copy
   * @param exact whether its normalized text is the original's
   */
  public record Copy(Article article, double similarity, boolean exact) {
    public Copy {
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * A kept article and the copies of it that were dropped, in input order.
   */
  public record Group(Article original, List<Copy> copies) {
    public Group {
      Objects.requireNonNull(original, "original");
      copies = List.copyOf(copies);
      if (copies.isEmpty()) {
        throw new IllegalArgumentException("a duplicate group needs a copy");
      }
    }

    /**
     * One line for the user, e.g. {@code 2 articles look like copies of a.txt (dropped, counted
     * once): b.txt (same text), c.txt (near copy, 91% alike by 5-word runs)}.
     */
    public String message() {
      StringBuilder line = new StringBuilder();
      line.append(copies.size() == 1 ? "1 article looks like a copy of " : copies.size() + " articles look like copies of ")
          .append(original.origin())
          .append(" (dropped, counted once): ");
      for (int i = 0; i < copies.size(); i++) {
        Copy copy = copies.get(i);
        line.append(i == 0 ? "" : ", ").append(copy.article().origin()).append(copy.exact()
            ? " (same text)"
            : " (near copy, " + (int) Math.floor(copy.similarity() * 100) + "% alike by " + SHINGLE_WORDS + "-word runs)");
      }
      return line.toString();
    }
  }

  /**
   * The outcome: the articles kept, in input order, and the dropped copies grouped by the article
   * they copy, in the order of those articles.
   */
  public record Result(List<Article> kept, List<Group> groups) {
    public Result {
      kept = List.copyOf(kept);
      groups = List.copyOf(groups);
    }

    /** How many articles were dropped. */
    public int dropped() {
      return groups.stream().mapToInt(g -> g.copies().size()).sum();
    }

    /** One {@link Group#message()} per group. */
    public List<String> messages() {
      return groups.stream().map(Group::message).toList();
    }
  }

  /** {@code articles} without copies; see the class comment for the rule. */
  public Result filter(List<Article> articles) {
    return scan(articles).result;
  }

  /** The work of {@link #filter}, with how many exact comparisons it took (for tests of its cost). */
  Scan scan(List<Article> articles) {
    Scan scan = new Scan();
    for (Article article : articles) {
      scan.add(article);
    }
    scan.finish();
    return scan;
  }

  /** What {@link #filter} has seen so far: kept articles, their fingerprints, and the LSH buckets. */
  final class Scan {
    private final List<Article> kept = new ArrayList<>();
    private final List<Fingerprint> fingerprints = new ArrayList<>();
    private final Map<Long, Integer> byText = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final Map<Integer, List<Copy>> copies = new LinkedHashMap<>();
    private final Map<Article, Integer> inputOrder = new java.util.IdentityHashMap<>();
    long comparisons;
    Result result;

    void add(Article article) {
      inputOrder.putIfAbsent(article, inputOrder.size());
      Fingerprint print = Fingerprint.of(article.text());
      if (print.shingles.length == 0) {
        keep(article, print);
        return;
      }
      Integer same = byText.get(print.textHash);
      if (same != null && Arrays.equals(fingerprints.get(same).shingles, print.shingles)) {
        copyOf(same, new Copy(article, 1.0, true));
        return;
      }
      int best = -1;
      double bestSimilarity = -1;
      for (int candidate : candidates(print)) {
        comparisons++;
        double similarity = jaccard(print.shingles, fingerprints.get(candidate).shingles);
        // Candidates come in input order, so a tie keeps the earliest.
        if (similarity > bestSimilarity) {
          best = candidate;
          bestSimilarity = similarity;
        }
      }
      if (best >= 0 && bestSimilarity >= threshold) {
        copyOf(best, new Copy(article, bestSimilarity, false));
      } else {
        keep(article, print);
      }
    }

    private List<Integer> candidates(Fingerprint print) {
      List<Integer> found = new ArrayList<>();
      for (int band = 0; band < BANDS; band++) {
        List<Integer> bucket = buckets.get(bandKey(print.signature, band));
        if (bucket != null) {
          found.addAll(bucket);
        }
      }
      return found.stream().distinct().sorted().toList();
    }

    private void keep(Article article, Fingerprint print) {
      int index = kept.size();
      kept.add(article);
      fingerprints.add(print);
      if (print.shingles.length == 0) {
        return;
      }
      byText.putIfAbsent(print.textHash, index);
      for (int band = 0; band < BANDS; band++) {
        buckets.computeIfAbsent(bandKey(print.signature, band), k -> new ArrayList<>(1)).add(index);
      }
    }

    private void copyOf(int original, Copy copy) {
      copies.computeIfAbsent(original, k -> new ArrayList<>()).add(copy);
    }

    /**
     * Groups the copies by the article they copy; of each group the article that states the most
     * about itself ({@link #stated}) is kept in the place of the first, so that a copy with a date
     * and title is not dropped for an earlier one without them (the earliest on a tie).
     */
    void finish() {
      List<Group> groups = new ArrayList<>();
      copies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        Article first = kept.get(e.getKey());
        Copy best = null;
        for (Copy copy : e.getValue()) {
          if (stated(copy.article()) > (best == null ? stated(first) : stated(best.article()))) {
            best = copy;
          }
        }
        if (best == null) {
          groups.add(new Group(first, e.getValue()));
          return;
        }
        List<Copy> dropped = new ArrayList<>();
        for (Copy copy : e.getValue()) {
          dropped.add(copy == best ? new Copy(first, best.similarity(), best.exact()) : copy);
        }
        dropped.sort(java.util.Comparator.comparingInt(c -> inputOrder.get(c.article())));
        kept.set(e.getKey(), best.article());
        groups.add(new Group(best.article(), dropped));
      });
      result = new Result(kept, groups);
    }
  }

  /**
   * A text reduced for comparison: a hash of its normalized words, its sorted distinct shingle
   * hashes (32 bits: two articles' shingles collide with negligible probability), and its MinHash
   * signature.
   */
  private record Fingerprint(long textHash, int[] shingles, long[] signature) {
    static Fingerprint of(String text) {
      long[] words = wordHashes(text);
      long textHash = 0x9E3779B97F4A7C15L;
      for (long word : words) {
        textHash = mix(textHash * 31 + word);
      }
      int count = Math.max(0, words.length - SHINGLE_WORDS + 1);
      if (words.length > 0 && count == 0) {
        count = 1;
      }
      int[] shingles = new int[count];
      for (int i = 0; i < count; i++) {
        long h = 0x2545F4914F6CDD1DL;
        for (int w = i; w < Math.min(words.length, i + SHINGLE_WORDS); w++) {
          h = mix(h * 31 + words[w]);
        }
        shingles[i] = (int) (h >>> 32);
      }
      shingles = Arrays.stream(shingles).sorted().distinct().toArray();
      long[] signature = new long[HASHES];
      Arrays.fill(signature, Long.MAX_VALUE);
      for (int shingle : shingles) {
        // One strong hash per shingle, then one multiply-add per MinHash function: cheap, and
        // independent enough for minima once the input is well mixed.
        long x = mix(shingle);
        for (int k = 0; k < HASHES; k++) {
          long h = x * MULTIPLIERS[k] + SEEDS[k];
          if (h < signature[k]) {
            signature[k] = h;
          }
        }
      }
      return new Fingerprint(textHash, shingles, signature);
    }
  }

  /** How much an article states about itself: title, outlet, date and address, then other fields, weigh. */
  static int stated(Article article) {
    ArticleMetadata meta = article.metadata();
    int main = (meta.title().isPresent() ? 1 : 0) + (meta.outlet().isPresent() ? 1 : 0)
        + (meta.date().isPresent() ? 1 : 0) + (meta.url().isPresent() ? 1 : 0);
    return main * 1000 + Math.min(999, meta.extra().size());
  }

  /**
   * Hashes of the word tokens ({@link Words}) of {@code text} after NFKC normalization, each
   * lower-cased and reduced to its letters, digits and marks, so that punctuation never matters.
   */
  static long[] wordHashes(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
    WordHashes hashes = new WordHashes();
    Words.forEach(normalized, 0, normalized.length(), (begin, end) -> hashes.add(normalized, begin, end));
    return Arrays.copyOf(hashes.values, hashes.count);
  }

  /** FNV-1a hashes of lower-cased words, collected in order. */
  private static final class WordHashes {
    long[] values = new long[16];
    int count;

    void add(String text, int begin, int end) {
      long h = 0xCBF29CE484222325L;
      for (int i = begin; i < end; ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Words.isWordCharacter(cp)) {
          h = (h ^ Character.toLowerCase(cp)) * 0x100000001B3L;
        }
      }
      values = append(values, count++, h);
    }
  }

  private static long[] append(long[] array, int size, long value) {
    long[] out = size == array.length ? Arrays.copyOf(array, size * 2) : array;
    out[size] = value;
    return out;
  }


  private static long bandKey(long[] signature, int band) {
    long h = mix(band + 1L);
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + signature[band * ROWS + r]);
    }
    return h;
  }

  /** |a ∩ b| / |a ∪ b| of two sorted sets without repeats. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }

  /** The SplitMix64 finalizer: a fast 64-bit hash with good avalanche. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] odd(long[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] |= 1;
    }
    return values;
  }

  private static long[] seeds(int n, long state) {
    long[] seeds = new long[n];
    for (int i = 0; i < n; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }
}
