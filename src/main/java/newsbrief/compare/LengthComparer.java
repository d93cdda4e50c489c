package newsbrief.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.AnalyzedCorpus;
import newsbrief.Brief;
import newsbrief.Sentence;
import newsbrief.Summarizer;
import newsbrief.select.Budget;

/**
 * Compares the briefs of one corpus at several budgets. The summarizer ranks the sentences once;
 * the briefs nest and fill their budgets ({@link NestedSelection}): each extends the shorter one
 * with the best additions that fit. Each brief is measured against the one before
 * ({@link BriefMeasures}), scored with ROUGE recall against reference summaries when given, and
 * checked against what the summarizer chooses when asked for that budget alone.
 */
public final class LengthComparer {
  private final Summarizer summarizer;
  private final FactFinder facts;
  private final RecallScorer recall = new RecallScorer();

  /** Counts facts as the brief's selection covers them ({@link StatedFacts}). */
  public LengthComparer(Summarizer summarizer) {
    this(summarizer, new StatedFacts());
  }

  /**
   * @param summarizer ranks and chooses
   * @param facts finds the facts a brief covers
   */
  public LengthComparer(Summarizer summarizer, FactFinder facts) {
    this.summarizer = summarizer;
    this.facts = facts;
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
    CorpusFacts corpusFacts = facts.find(corpus, scores);
    NestedSelection selection = NestedSelection.choose(summarizer, corpus, scores, budgets);
    List<Integer> wordsOf = corpus.sentences().stream().map(Sentence::wordCount).toList();
    List<ComparedBrief> briefs = new ArrayList<>();
    List<Integer> shorter = List.of();
    for (int b = 0; b < budgets.limits().size(); b++) {
      Budget budget = budgets.budgets().get(b);
      List<Integer> chosen = selection.at(b);
      Brief brief = summarizer.assemble(corpus, scores, chosen, budget);
      Set<Integer> factsBefore = new HashSet<>(corpusFacts.coveredBy(shorter));
      List<Integer> newFacts = corpusFacts.coveredBy(chosen).stream().filter(f -> !factsBefore.contains(f)).toList();
      List<Integer> ownChoice = summarizer.choose(corpus, scores, budget);
      briefs.add(new ComparedBrief(budget, brief, chosen, selection.added(b), newFacts,
          BriefMeasures.of(brief, chosen, shorter, corpusFacts, wordsOf),
          references.isEmpty() ? Optional.empty() : Optional.of(recall.recall(brief, references)),
          Set.copyOf(ownChoice).equals(Set.copyOf(chosen)),
          summarizer.selector().shortestLeft(corpus, scores, chosen, budget)));
      shorter = chosen;
    }
    int words = wordsOf.stream().mapToInt(Integer::intValue).sum();
    int reports = (int) corpus.copyGroups().stream().distinct().count();
    return new LengthComparison(name, budgets, briefs, corpus.size(), words, reports, corpusFacts, facts.definition(),
        !references.isEmpty(), summarizer.options().selection().newestLeadWindow() > 0);
  }
}
