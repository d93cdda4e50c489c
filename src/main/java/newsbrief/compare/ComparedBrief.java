package newsbrief.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import newsbrief.Brief;
import newsbrief.select.Budget;

/**
 * The brief of a corpus at one budget of a comparison, with its measures.
 *
 * @param budget the budget
 * @param brief the brief: the start of the choice order that fits {@code budget}, in reading order
 * @param chosen indices of its sentences in the corpus, in choice order
 * @param measures what it holds
 * @param ofLongest its ROUGE recall against the comparison's longest brief
 * @param ofReferences its ROUGE recall against the corpus's reference summaries; empty without any
 * @param sameAsOwnChoice whether the summarizer, asked for this budget alone, chooses the same
 *     sentences (it chooses afresh at every budget, so it may not)
 * @param nextCost what the first choice left out costs (words or 1 sentence), the reason the brief
 *     stops there; empty when the brief holds the whole choice
 */
public record ComparedBrief(Budget budget, Brief brief, List<Integer> chosen, BriefMeasures measures,
    Recall ofLongest, Optional<Recall> ofReferences, boolean sameAsOwnChoice, OptionalInt nextCost) {
  public ComparedBrief {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(brief, "brief");
    chosen = List.copyOf(chosen);
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(ofLongest, "ofLongest");
    Objects.requireNonNull(ofReferences, "ofReferences");
    Objects.requireNonNull(nextCost, "nextCost");
    if (chosen.size() != brief.lines().size()) {
      throw new IllegalArgumentException("the brief has " + brief.lines().size() + " lines for " + chosen.size() + " chosen sentences");
    }
  }
}
