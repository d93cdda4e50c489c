package newsbrief.eval;

import java.util.Comparator;
import java.util.List;
import newsbrief.Article;
import newsbrief.BriefLine;
import newsbrief.Summarizer;
import newsbrief.select.Budget;

/**
 * The product's own pipeline as a summary: the brief's sentences in the order they were chosen
 * (best first, so a length cut drops the last chosen), not in reading order.
 */
public final class BriefMethod implements SummaryMethod {
  private final String name;
  private final Summarizer summarizer;
  private final Budget budget;

  /** @param budget the budget selection runs under */
  public BriefMethod(String name, Summarizer summarizer, Budget budget) {
    this.name = name;
    this.summarizer = summarizer;
    this.budget = budget;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> summarize(String cluster, List<Article> articles) {
    return summarizer.summarize(articles, budget).lines().stream()
        .sorted(Comparator.comparingInt(BriefLine::choiceRank))
        .map(line -> SummaryLines.line(line.sentence().text()))
        .toList();
  }
}
