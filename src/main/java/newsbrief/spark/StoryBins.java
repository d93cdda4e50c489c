package newsbrief.spark;

import java.util.Arrays;
import java.util.Iterator;
import newsbrief.spark.CandidateLinks.Link;

/**
 * The articles cut into bins of at most {@code capacity}, each a set of whole pieces of the
 * candidate graph, the unit in which the library groups and briefs. Pieces are connected
 * components under a size cap, built like Kruskal's maximum spanning forest: links from strongest
 * to weakest (ties by article index) join two pieces unless the union would exceed the capacity,
 * so that a chain of weak links does not make the whole day one piece, and what the cap cuts are
 * the weakest links between otherwise complete pieces. Pieces are then packed in order of their
 * first article, each bin filled until the next piece does not fit.
 *
 * <p>This runs on the driver with a union-find over {@code int} arrays: 12 bytes an article and 16
 * a link, e.g. 120 MB for 10^7 articles and 10^8 links; an iterative distributed components
 * algorithm (large-star/small-star, Kiveris et al. 2014) would take a shuffle of all links per
 * round instead, and is the way past that.
 *
 * @param bin the bin of each article, from 0
 * @param count how many bins
 * @param pieces how many pieces (connected components under the cap)
 * @param largestPiece articles of the largest piece
 * @param singletons pieces of one article
 * @param linksUsed links that joined two pieces
 * @param linksCut links between two pieces that the cap kept apart
 */
record StoryBins(int[] bin, int count, int pieces, int largestPiece, int singletons, long linksUsed, long linksCut) {

  /**
   * The bins of {@code articles} articles linked by {@code links}, which are sorted here.
   *
   * @param capacity most articles a bin holds, at least 1
   */
  static StoryBins of(int articles, Iterator<Link> links, int capacity) {
    LinkArrays all = LinkArrays.of(links);
    Integer[] order = new Integer[all.size];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> all.weight[x] != all.weight[y] ? Double.compare(all.weight[y], all.weight[x])
        : all.a[x] != all.a[y] ? Integer.compare(all.a[x], all.a[y]) : Integer.compare(all.b[x], all.b[y]));
    int[] parent = new int[articles];
    int[] size = new int[articles];
    for (int i = 0; i < articles; i++) {
      parent[i] = i;
      size[i] = 1;
    }
    long used = 0;
    long cut = 0;
    for (int k : order) {
      int ra = root(parent, all.a[k]);
      int rb = root(parent, all.b[k]);
      if (ra == rb) {
        continue;
      }
      if (size[ra] + size[rb] > capacity) {
        cut++;
        continue;
      }
      int keep = Math.min(ra, rb);
      int gone = Math.max(ra, rb);
      parent[gone] = keep;
      size[keep] += size[gone];
      used++;
    }
    int[] bin = new int[articles];
    int[] binOfRoot = new int[articles];
    Arrays.fill(binOfRoot, -1);
    int bins = 0;
    int fill = 0;
    int pieces = 0;
    int largest = 0;
    int singletons = 0;
    for (int i = 0; i < articles; i++) {
      int r = root(parent, i);
      if (binOfRoot[r] < 0) {
        pieces++;
        largest = Math.max(largest, size[r]);
        singletons += size[r] == 1 ? 1 : 0;
        if (bins == 0 || fill + size[r] > capacity) {
          bins++;
          fill = 0;
        }
        binOfRoot[r] = bins - 1;
        fill += size[r];
      }
      bin[i] = binOfRoot[r];
    }
    return new StoryBins(bin, bins, pieces, largest, singletons, used, cut);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Links as three primitive arrays, grown as they come. */
  private static final class LinkArrays {
    int[] a = new int[1024];
    int[] b = new int[1024];
    double[] weight = new double[1024];
    int size;

    static LinkArrays of(Iterator<Link> links) {
      LinkArrays arrays = new LinkArrays();
      while (links.hasNext()) {
        Link link = links.next();
        if (arrays.size == arrays.a.length) {
          int capacity = arrays.size * 2;
          arrays.a = Arrays.copyOf(arrays.a, capacity);
          arrays.b = Arrays.copyOf(arrays.b, capacity);
          arrays.weight = Arrays.copyOf(arrays.weight, capacity);
        }
        arrays.a[arrays.size] = link.a();
        arrays.b[arrays.size] = link.b();
        arrays.weight[arrays.size++] = link.weight();
      }
      return arrays;
    }
  }
}
