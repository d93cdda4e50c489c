package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import newsbrief.AnalyzedCorpus;
import newsbrief.graph.SimilarityGraph;

/**
 * Facts as groups of linked sentences: two sentences joined on the sentence graph by a TF-IDF
 * cosine at or above {@code threshold} report the same fact, and so, transitively, does every
 * sentence linked to them (the connected groups of that thresholded graph). With the selector's
 * redundancy threshold, a fact is what the brief means by "says the same thing": the sentences the
 * selector never takes together and the brief cites as "also in". A sentence linked to none is a
 * fact of its own, told once. Each fact counts the independent reports that give it (an article
 * with its copies and rewrites is one report).
 *
 * <p>This is the comparison's interim definition, until the library finds facts itself (the
 * brief's fact coverage); {@link FactFinder} is the seam where that one plugs in.
 *
 * @param threshold cosine at which two linked sentences report the same fact, in (0, 1]
 */
public record LinkedSentenceFacts(double threshold) implements FactFinder {
  public LinkedSentenceFacts {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("fact threshold must be in (0, 1], got " + threshold);
    }
  }

  @Override
  public CorpusFacts find(AnalyzedCorpus corpus, double[] scores) {
    int n = corpus.size();
    int[] parent = new int[n];
    for (int s = 0; s < n; s++) {
      parent[s] = s;
    }
    SimilarityGraph graph = corpus.graph();
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < graph.degree(s); k++) {
        int other = graph.neighbour(s, k);
        if (other > s && corpus.similarity(s, other) >= threshold) {
          int a = root(parent, s);
          int b = root(parent, other);
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    int[] groupOfRoot = new int[n];
    for (int s = 0; s < n; s++) {
      int r = root(parent, s);
      if (r == s) {
        groupOfRoot[s] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(groupOfRoot[r]).add(s);
    }
    List<CorpusFacts.Fact> facts = new ArrayList<>(groups.size());
    for (List<Integer> members : groups) {
      TreeSet<Integer> reports = new TreeSet<>();
      members.forEach(s -> reports.add(corpus.copyGroups().get(corpus.sentences().get(s).article())));
      facts.add(new CorpusFacts.Fact(members, reports.size()));
    }
    return new CorpusFacts(facts);
  }

  @Override
  public String definition() {
    return String.format(Locale.ROOT, "A fact is a group of sentences that report the same thing: two sentences whose "
        + "TF-IDF cosine is at least %.2f (the selector's \"says the same thing\") report the same fact, and so does "
        + "every sentence linked to them in turn; a sentence like no other is a fact of its own. A fact is told by "
        + "as many reports as articles give it, an article with its copies and rewrites counting once.", threshold);
  }

  /** The root of {@code s}'s group, halving the path on the way. */
  private static int root(int[] parent, int s) {
    while (parent[s] != s) {
      parent[s] = parent[parent[s]];
      s = parent[s];
    }
    return s;
  }
}
