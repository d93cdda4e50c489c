package newsbrief.select;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Sentence;
import newsbrief.graph.SimilarityGraph;
import newsbrief.vectorize.TermVector;

/**
 * The units of content of a corpus: facts, each what a group of sentences across articles reports.
 *
 * <ul>
 *   <li>A sentence <em>states</em> another when it holds at least half of the other's distinct
 *       index terms (its content words, stemmed; see {@code TermNormalizer}); a sentence states
 *       itself, even one without terms. Candidates are the sentence's neighbours on the similarity graph, so this costs
 *       the graph's edges.
 *   <li>A report (an article with its copies and rewrites, {@link AnalyzedCorpus#copyGroups()})
 *       <em>gives</em> a sentence's content when one of its sentences states it.
 *   <li>Facts are found by leader clustering: sentences taken in order of how many reports give
 *       them (then centrality, then text order), each joins the first leader it and that leader
 *       state of each other (they say the same thing), else it leads a fact of its own.
 *   <li>A set of sentences <em>covers</em> a fact when one of them states its leader.
 * </ul>
 *
 * <p>Each fact knows the reports that give it ({@link Fact#support()}), how prominently they give
 * it ({@link Fact#prominence()}: each report adds {@code 1 / (1 + p)}, p the position of its first
 * sentence stating the leader, so a fact in a report's lead counts fully and background told
 * deep in an article little), its centrality (the sum of its members' ranker scores), and when it
 * was first reported (the earliest date of a report giving it, a report dated by its earliest
 * dated article). This is the same notion of "states" that the evaluation's fact recall applies to
 * reference sentences ({@code eval.FactRecall}).
 */
public final class Facts {
  /**
   * One fact.
   *
   * @param leader its sentence that the others were matched against: the one most reports give
   * @param members the sentences that say the same as the leader, ascending, the leader among them
   * @param support how many independent reports give it, at least 1
   * @param prominence the sum over those reports of {@code 1 / (1 + p)}, p the position of the
   *     report's first sentence stating the leader
   * @param centrality the sum of its members' scores
   * @param firstReported the earliest date of a report giving it, when one is dated
   */
  public record Fact(int leader, List<Integer> members, int support, double prominence, double centrality,
      Optional<LocalDate> firstReported) {
    public Fact {
      members = List.copyOf(members);
      Objects.requireNonNull(firstReported, "firstReported");
      if (!members.contains(leader) || support < 1 || !(prominence > 0)) {
        throw new IllegalArgumentException("a fact holds its leader and is given by a report");
      }
    }
  }

  private final List<Fact> facts;
  private final int[] factOf;
  private final int[][] states;
  private final Optional<LocalDate> firstDate;
  private final Optional<LocalDate> lastDate;

  private Facts(List<Fact> facts, int[] factOf, int[][] states, Optional<LocalDate> firstDate,
      Optional<LocalDate> lastDate) {
    this.facts = List.copyOf(facts);
    this.factOf = factOf;
    this.states = states;
    this.firstDate = firstDate;
    this.lastDate = lastDate;
  }

  /**
   * The facts of {@code corpus}.
   *
   * @param scores the ranker's score of every sentence (orders leaders that reports give alike)
   */
  public static Facts find(AnalyzedCorpus corpus, double[] scores) {
    int n = corpus.size();
    if (scores.length != n) {
      throw new IllegalArgumentException("one score per sentence is needed, got " + scores.length + " for " + n);
    }
    int[][] stated = statedSentences(corpus);
    int[] group = new int[n];
    for (int s = 0; s < n; s++) {
      group[s] = corpus.copyGroups().get(corpus.sentences().get(s).article());
    }
    int[][] staters = staters(stated, n);
    int[][] givenBy = new int[n][];
    for (int t = 0; t < n; t++) {
      givenBy[t] = Arrays.stream(staters[t]).map(s -> group[s]).sorted().distinct().toArray();
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> givenBy[a].length != givenBy[b].length ? Integer.compare(givenBy[b].length, givenBy[a].length)
        : scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
    int[] leaderOf = new int[n];
    Arrays.fill(leaderOf, -1);
    List<Integer> leaders = new ArrayList<>();
    int[] factOfLeader = new int[n];
    for (int t : order) {
      int leader = t;
      for (int s : stated[t]) {
        // the first leader, in the order leaders were made, that t and it state of each other
        if (s != t && leaderOf[s] == s && Arrays.binarySearch(stated[s], t) >= 0
            && (leader == t || factOfLeader[s] < factOfLeader[leader])) {
          leader = s;
        }
      }
      leaderOf[t] = leader;
      if (leader == t) {
        factOfLeader[t] = leaders.size();
        leaders.add(t);
      }
    }
    int[] factOf = new int[n];
    List<List<Integer>> members = new ArrayList<>();
    leaders.forEach(l -> members.add(new ArrayList<>()));
    for (int s = 0; s < n; s++) {
      factOf[s] = factOfLeader[leaderOf[s]];
      members.get(factOf[s]).add(s);
    }
    LocalDate[] reportDate = reportDates(corpus);
    int[] firstPosition = new int[corpus.articles().size()];
    Arrays.fill(firstPosition, Integer.MAX_VALUE);
    List<Fact> facts = new ArrayList<>(leaders.size());
    for (int f = 0; f < leaders.size(); f++) {
      int leader = leaders.get(f);
      for (int s : staters[leader]) {
        Sentence sentence = corpus.sentences().get(s);
        firstPosition[group[s]] = Math.min(firstPosition[group[s]], sentence.position());
      }
      double prominence = 0;
      LocalDate first = null;
      for (int report : givenBy[leader]) {
        prominence += 1.0 / (1 + firstPosition[report]);
        LocalDate date = reportDate[report];
        if (date != null && (first == null || date.isBefore(first))) {
          first = date;
        }
      }
      for (int s : staters[leader]) {
        firstPosition[group[s]] = Integer.MAX_VALUE;
      }
      double centrality = members.get(f).stream().mapToDouble(s -> scores[s]).sum();
      facts.add(new Fact(leader, members.get(f), givenBy[leader].length, prominence, centrality, Optional.ofNullable(first)));
    }
    int[][] statesFacts = new int[n][];
    for (int s = 0; s < n; s++) {
      statesFacts[s] = Arrays.stream(stated[s]).filter(t -> leaderOf[t] == t).map(t -> factOfLeader[t]).sorted().toArray();
    }
    Optional<LocalDate> firstDate = Arrays.stream(reportDate).filter(Objects::nonNull).min(LocalDate::compareTo);
    Optional<LocalDate> lastDate = Arrays.stream(reportDate).filter(Objects::nonNull).max(LocalDate::compareTo);
    return new Facts(facts, factOf, statesFacts, firstDate, lastDate);
  }

  /** For each sentence, the sentences it states, ascending, itself among them. */
  private static int[][] statedSentences(AnalyzedCorpus corpus) {
    SimilarityGraph graph = corpus.graph();
    List<TermVector> vectors = corpus.vectors();
    int n = corpus.size();
    int vocabulary = TermVector.termBound(vectors);
    int[][] stated = new int[n][];
    int chunks = (n + SENTENCES_PER_TASK - 1) / SENTENCES_PER_TASK;
    IntStream.range(0, chunks).parallel().forEach(chunk -> {
      // marks[term] == s + 1 while sentence s is looked at: each neighbour costs its own terms only
      int[] marks = new int[vocabulary];
      for (int s = chunk * SENTENCES_PER_TASK; s < Math.min(n, (chunk + 1) * SENTENCES_PER_TASK); s++) {
        TermVector vector = vectors.get(s);
        for (int k = 0; k < vector.size(); k++) {
          marks[vector.term(k)] = s + 1;
        }
        int[] found = new int[graph.degree(s) + 1];
        int count = 0;
        found[count++] = s;
        for (int k = 0; k < graph.degree(s); k++) {
          int t = graph.neighbour(s, k);
          if (states(vector.size(), marks, s + 1, vectors.get(t))) {
            found[count++] = t;
          }
        }
        int[] sorted = Arrays.copyOf(found, count);
        Arrays.sort(sorted);
        stated[s] = sorted;
      }
    });
    return stated;
  }

  private static final int SENTENCES_PER_TASK = 512;

  /**
   * Whether a sentence of {@code sSize} distinct terms, marked {@code mark} in {@code marks},
   * holds at least half of the distinct terms of {@code t} (none when t has none).
   */
  private static boolean states(int sSize, int[] marks, int mark, TermVector t) {
    int needed = (t.size() + 1) / 2;
    if (t.size() == 0 || sSize < needed) {
      return false;
    }
    int shared = 0;
    for (int j = 0; j < t.size() && shared + (t.size() - j) >= needed; j++) {
      if (marks[t.term(j)] == mark && ++shared >= needed) {
        return true;
      }
    }
    return shared >= needed;
  }

  /** For each sentence, the sentences that state it, ascending: the inverse of {@code stated}. */
  private static int[][] staters(int[][] stated, int n) {
    int[] count = new int[n];
    for (int[] targets : stated) {
      for (int t : targets) {
        count[t]++;
      }
    }
    int[][] staters = new int[n][];
    for (int t = 0; t < n; t++) {
      staters[t] = new int[count[t]];
    }
    int[] filled = new int[n];
    for (int s = 0; s < n; s++) {
      for (int t : stated[s]) {
        staters[t][filled[t]++] = s;
      }
    }
    return staters;
  }

  /** Each copy group's date (indexed by the group's id, an article index): its earliest dated article's. */
  private static LocalDate[] reportDates(AnalyzedCorpus corpus) {
    List<Article> articles = corpus.articles();
    LocalDate[] dates = new LocalDate[articles.size()];
    for (int a = 0; a < articles.size(); a++) {
      int group = corpus.copyGroups().get(a);
      Optional<LocalDate> date = articles.get(a).metadata().date();
      if (date.isPresent() && (dates[group] == null || date.get().isBefore(dates[group]))) {
        dates[group] = date.get();
      }
    }
    return dates;
  }

  /** Every fact, in the order they were found: those most reports give first. */
  public List<Fact> facts() {
    return facts;
  }

  public int size() {
    return facts.size();
  }

  /** The index in {@link #facts()} of the fact {@code sentence} says the same as (the one it belongs to). */
  public int factOf(int sentence) {
    return factOf[sentence];
  }

  /** The facts {@code sentence} states, as ascending indices into {@link #facts()}. */
  public List<Integer> statedBy(int sentence) {
    return Arrays.stream(states[sentence]).boxed().toList();
  }

  int[] stated(int sentence) {
    return states[sentence];
  }

  /** The facts that {@code chosen} sentences cover (state the leader of), as ascending indices into {@link #facts()}. */
  public List<Integer> coveredBy(Collection<Integer> chosen) {
    TreeSet<Integer> covered = new TreeSet<>();
    for (int s : chosen) {
      for (int f : states[s]) {
        covered.add(f);
      }
    }
    return List.copyOf(covered);
  }

  /**
   * How recent a fact is, in [0, 1]: 0 when first reported on the corpus's earliest date, 1 on its
   * latest, linear in days between; 0 when the fact or the corpus has no dated report, or all
   * reports share one date.
   */
  public double recency(int fact) {
    Optional<LocalDate> date = facts.get(fact).firstReported();
    if (date.isEmpty() || firstDate.isEmpty() || !lastDate.get().isAfter(firstDate.get())) {
      return 0;
    }
    return (double) ChronoUnit.DAYS.between(firstDate.get(), date.get())
        / ChronoUnit.DAYS.between(firstDate.get(), lastDate.get());
  }
}
