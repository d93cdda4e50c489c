package newsbrief.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Summarizer;
import newsbrief.rank.SentenceRanker;

/**
 * A ranking alone as a summary: the analysed sentences best first (ties to the earlier sentence),
 * with no redundancy control, until {@code words} words are reached; the last sentence may run
 * over and is left for the length cut to truncate, as DUC baselines do.
 */
public final class RankedMethod implements SummaryMethod {
  private final String name;
  private final Summarizer analyzer;
  private final SentenceRanker ranker;
  private final int words;

  /**
   * @param analyzer whose analysis (cleaning, sentences, vectors, graph) the ranker reads
   * @param words how many words to reach, at least 1
   */
  public RankedMethod(String name, Summarizer analyzer, SentenceRanker ranker, int words) {
    if (words < 1) {
      throw new IllegalArgumentException("words must be at least 1, got " + words);
    }
    this.name = name;
    this.analyzer = analyzer;
    this.ranker = ranker;
    this.words = words;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> summarize(String cluster, List<Article> articles) {
    AnalyzedCorpus corpus = analyzer.analyze(articles);
    double[] scores = ranker.rank(corpus);
    List<Integer> order = IntStream.range(0, corpus.size()).boxed()
        .sorted(Comparator.comparingDouble((Integer s) -> -scores[s]).thenComparing(Comparator.naturalOrder()))
        .toList();
    List<String> lines = new ArrayList<>();
    int total = 0;
    for (int s : order) {
      if (total >= words) {
        break;
      }
      lines.add(SummaryLines.line(corpus.sentences().get(s).text()));
      total += corpus.sentences().get(s).wordCount();
    }
    return List.copyOf(lines);
  }
}
