package newsbrief.rank;

import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Sentence;
import newsbrief.order.ReadingOrder;

/**
 * The lead baseline of DUC: the opening sentences of the newest article, in text order, then those
 * of the next newest, and so on. Score {@code 1 / (1 + p + r * L)} for the sentence at position
 * {@code p} of the article that is {@code r}-th newest, with {@code L} the longest article's
 * sentence count, so every sentence of a newer article outranks every sentence of an older one.
 * Scores are in (0, 1]; the newest article comes last in reading order (undated ones count as
 * newest, as {@link ReadingOrder} has it).
 */
public final class LeadRanker implements SentenceRanker {
  @Override
  public double[] rank(AnalyzedCorpus corpus) {
    List<Integer> order = ReadingOrder.articles(corpus.articles());
    int[] recency = new int[order.size()];
    for (int position = 0; position < order.size(); position++) {
      recency[order.get(position)] = order.size() - 1 - position;
    }
    int longest = 0;
    for (Sentence sentence : corpus.sentences()) {
      longest = Math.max(longest, sentence.position() + 1);
    }
    double[] scores = new double[corpus.size()];
    for (int s = 0; s < scores.length; s++) {
      Sentence sentence = corpus.sentences().get(s);
      scores[s] = 1.0 / (1.0 + sentence.position() + (double) recency[sentence.article()] * longest);
    }
    return scores;
  }
}
