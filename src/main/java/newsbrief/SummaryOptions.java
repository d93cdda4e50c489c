package newsbrief;

import newsbrief.annotate.SentenceOptions;
import newsbrief.graph.GraphOptions;
import newsbrief.rank.RankOptions;
import newsbrief.select.SelectionOptions;
import newsbrief.vectorize.TermOptions;

/**
 * The settings of the summarizer, one record per stage, each with the defaults chosen on the DUC
 * 2003 development set and checked when built. The length of a brief is not a setting: it is given
 * to each call ({@link Summarizer#summarize(AnalyzedCorpus, newsbrief.select.Budget)}), so that
 * briefs of several lengths share one analysed corpus.
 *
 * @param sentences which sentences may be quoted
 * @param terms how sentences become index terms
 * @param graph how the sentence graph is built
 * @param ranking how sentences are ranked
 * @param selection how sentences are chosen
 */
public record SummaryOptions(SentenceOptions sentences, TermOptions terms, GraphOptions graph, RankOptions ranking,
    SelectionOptions selection) {

  public static SummaryOptions defaults() {
    return new SummaryOptions(SentenceOptions.defaults(), TermOptions.defaults(), GraphOptions.defaults(),
        RankOptions.defaults(), SelectionOptions.defaults());
  }

  public SummaryOptions {
    if (sentences == null || terms == null || graph == null || ranking == null || selection == null) {
      throw new IllegalArgumentException("every stage needs its options");
    }
  }

  public SummaryOptions withSentences(SentenceOptions value) {
    return new SummaryOptions(value, terms, graph, ranking, selection);
  }

  public SummaryOptions withTerms(TermOptions value) {
    return new SummaryOptions(sentences, value, graph, ranking, selection);
  }

  public SummaryOptions withGraph(GraphOptions value) {
    return new SummaryOptions(sentences, terms, value, ranking, selection);
  }

  public SummaryOptions withRanking(RankOptions value) {
    return new SummaryOptions(sentences, terms, graph, value, selection);
  }

  public SummaryOptions withSelection(SelectionOptions value) {
    return new SummaryOptions(sentences, terms, graph, ranking, value);
  }
}
