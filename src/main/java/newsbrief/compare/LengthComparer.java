package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.AnalyzedCorpus;
import newsbrief.Brief;
import newsbrief.Sentence;
import newsbrief.Summarizer;
import newsbrief.select.Budget;

/**
 * Compares the briefs of one corpus at several budgets. The summarizer ranks the sentences once
 * and chooses once, at the largest budget (so that brief is exactly the summarizer's own at that
 * budget); every shorter brief is the longest start of that choice order that fits
 * ({@link NestedSelection}). Each brief is measured ({@link BriefMeasures}), scored with ROUGE
 * recall against the longest brief and, when given, against reference summaries, and checked
 * against what the summarizer chooses when asked for that budget alone.
 */
public final class LengthComparer {
  private final Summarizer summarizer;
  private final RecallScorer recall = new RecallScorer();

  /** @param summarizer ranks and chooses */
  public LengthComparer(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  /**
   * @param name what to call the corpus in titles
   * @param corpus the analysed corpus, with at least one sentence
   * @param references reference summaries (lists of lines), or none
   */
  public LengthComparison compare(String name, AnalyzedCorpus corpus, BudgetList budgets, List<List<String>> references) {
    if (corpus.size() == 0) {
      throw new IllegalArgumentException("the corpus has no sentence to compare briefs of");
    }
    double[] scores = summarizer.ranker().rank(corpus);
    NestedSelection selection = NestedSelection.choose(summarizer, corpus, scores, budgets.largest());
    Brief longest = summarizer.assemble(corpus, scores, selection.prefix(budgets.largest()), budgets.largest());
    List<List<String>> longestAsReference = List.of(RecallScorer.lines(longest));
    List<ComparedBrief> briefs = new ArrayList<>();
    for (Budget budget : budgets.budgets()) {
      List<Integer> chosen = selection.prefix(budget);
      Brief brief = summarizer.assemble(corpus, scores, chosen, budget);
      List<Integer> ownChoice = summarizer.choose(corpus, scores, budget);
      briefs.add(new ComparedBrief(budget, brief, chosen, BriefMeasures.of(corpus, scores, chosen, brief),
          recall.recall(brief, longestAsReference),
          references.isEmpty() ? Optional.empty() : Optional.of(recall.recall(brief, references)),
          Set.copyOf(ownChoice).equals(Set.copyOf(chosen)), selection.nextCost(budget)));
    }
    int words = corpus.sentences().stream().mapToInt(Sentence::wordCount).sum();
    return new LengthComparison(name, budgets, briefs, corpus.size(), words, !references.isEmpty(),
        summarizer.options().selection().newestLeadWindow() > 0);
  }
}
