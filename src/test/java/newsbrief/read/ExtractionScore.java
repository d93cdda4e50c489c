package newsbrief.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure, as {@code html-dev/score.py} computes it: word
 * 4-gram shingles (words are runs of letters, digits and underscores), counted with multiplicity;
 * per page, true positives, false positives and misses normalised to sum 1; precision averaged
 * over the pages that predicted something, recall over the pages whose truth has text; F1 of the
 * two means. A text of fewer than four words is one shingle of all its words.
 */
final class ExtractionScore {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** One page's share of true positives, false positives and misses. */
  record PageCounts(double tp, double fp, double fn) {
    static PageCounts of(String truth, String predicted) {
      Map<List<String>, Integer> a = shingles(truth);
      Map<List<String>, Integer> b = shingles(predicted);
      Set<List<String>> keys = new HashSet<>(a.keySet());
      keys.addAll(b.keySet());
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (List<String> k : keys) {
        int x = a.getOrDefault(k, 0);
        int y = b.getOrDefault(k, 0);
        tp += Math.min(x, y);
        fp += Math.max(0, y - x);
        fn += Math.max(0, x - y);
      }
      double sum = tp + fp + fn;
      return sum == 0 ? new PageCounts(0, 0, 0) : new PageCounts(tp / sum, fp / sum, fn / sum);
    }
  }

  /** Mean precision and recall over pages, and the F1 of the two. */
  record Score(double precision, double recall, double f1, int pages) {}

  private final List<PageCounts> pages = new ArrayList<>();

  /** Adds one page: its true article text and what was extracted ({@code ""} for nothing). */
  ExtractionScore add(String truth, String predicted) {
    pages.add(PageCounts.of(truth, predicted));
    return this;
  }

  Score score() {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (PageCounts c : pages) {
      if (c.tp() + c.fp() > 0) {
        p += c.tp() / (c.tp() + c.fp());
        np++;
      }
      if (c.tp() + c.fn() > 0) {
        r += c.tp() / (c.tp() + c.fn());
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, pages.size());
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
      List<String> shingle = words.subList(Math.min(i, words.size()), Math.min(i + 4, words.size()));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
