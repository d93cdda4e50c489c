package newsbrief.compare;

import java.util.List;
import java.util.Objects;

/**
 * One corpus summarized at several budgets, shortest first, each brief extending the one before.
 *
 * @param name the corpus as the user named it (a folder path), for titles
 * @param budgets the budgets compared
 * @param briefs one per budget, in the order of {@code budgets}
 * @param candidateSentences the sentences the corpus offered for selection
 * @param corpusWords the words of those sentences
 * @param reports independent reports among the articles (an article with its copies and rewrites is one)
 * @param facts the corpus's facts
 * @param factDefinition what a fact is, for readers ({@link FactFinder#definition()})
 * @param hasReferences whether the corpus came with reference summaries (ROUGE against them is
 *     then in every brief)
 * @param newestLeadFirst whether the summarizer takes the newest article's lead first (its
 *     newest-lead rule is on)
 */
public record LengthComparison(String name, BudgetList budgets, List<ComparedBrief> briefs, int candidateSentences,
    int corpusWords, int reports, CorpusFacts facts, String factDefinition, boolean hasReferences,
    boolean newestLeadFirst) {
  public LengthComparison {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(budgets, "budgets");
    briefs = List.copyOf(briefs);
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(factDefinition, "factDefinition");
    if (briefs.size() != budgets.limits().size()) {
      throw new IllegalArgumentException(briefs.size() + " briefs for " + budgets.limits().size() + " budgets");
    }
    for (ComparedBrief brief : briefs) {
      if (brief.ofReferences().isPresent() != hasReferences) {
        throw new IllegalArgumentException("ROUGE against references must be given for every brief, or for none");
      }
    }
  }

  /** The brief at the largest budget. */
  public ComparedBrief longest() {
    return briefs.get(briefs.size() - 1);
  }

  /** The brief before number {@code index}, or null for the first. */
  public ComparedBrief shorter(int index) {
    return index == 0 ? null : briefs.get(index - 1);
  }

  /** Whether each brief holds every sentence of the shorter ones. */
  public boolean nested() {
    for (int k = 1; k < briefs.size(); k++) {
      if (!NestedSelection.nests(briefs.get(k - 1).chosen(), briefs.get(k).chosen())) {
        return false;
      }
    }
    return true;
  }
}
