package newsbrief.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The facts of one corpus ({@link FactFinder}): every sentence reports exactly one fact, and a
 * brief covers the facts its sentences report.
 */
public final class CorpusFacts {
  /**
   * One fact.
   *
   * @param sentences the sentences that report it, ascending, at least one
   * @param reports how many independent reports give it (an article with its copies and rewrites
   *     is one report), at least 1
   */
  public record Fact(List<Integer> sentences, int reports) {
    public Fact {
      sentences = List.copyOf(sentences);
      if (sentences.isEmpty() || reports < 1) {
        throw new IllegalArgumentException("a fact has a sentence and a report");
      }
    }

    /** Whether two or more independent reports give it. */
    public boolean shared() {
      return reports >= 2;
    }
  }

  private final List<Fact> facts;
  private final int[] factOf;

  /**
   * @param facts the facts; together their sentences are {@code 0 .. n-1}, each in one fact
   */
  public CorpusFacts(List<Fact> facts) {
    this.facts = List.copyOf(facts);
    int n = this.facts.stream().mapToInt(f -> f.sentences().size()).sum();
    factOf = new int[n];
    Arrays.fill(factOf, -1);
    for (int f = 0; f < this.facts.size(); f++) {
      for (int s : this.facts.get(f).sentences()) {
        if (s < 0 || s >= n || factOf[s] >= 0) {
          throw new IllegalArgumentException("each sentence 0.." + (n - 1) + " must be in exactly one fact; " + s + " is not");
        }
        factOf[s] = f;
      }
    }
  }

  /** Every sentence its own fact, told by one report: what a corpus of sentences that share nothing has. */
  public static CorpusFacts eachSentenceAlone(int sentences) {
    List<Fact> facts = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      facts.add(new Fact(List.of(s), 1));
    }
    return new CorpusFacts(facts);
  }

  public List<Fact> facts() {
    return facts;
  }

  public int size() {
    return facts.size();
  }

  /** How many facts two or more independent reports give. */
  public int sharedCount() {
    return (int) facts.stream().filter(Fact::shared).count();
  }

  /** The index in {@link #facts()} of the fact sentence {@code s} reports. */
  public int factOf(int s) {
    Objects.checkIndex(s, factOf.length);
    return factOf[s];
  }

  /** The facts {@code chosen} sentences report, as ascending indices into {@link #facts()}. */
  public List<Integer> coveredBy(Collection<Integer> chosen) {
    TreeSet<Integer> covered = new TreeSet<>();
    chosen.forEach(s -> covered.add(factOf(s)));
    return List.copyOf(covered);
  }
}
