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
 * @param brief the brief, in reading order
 * @param chosen indices of its sentences in the corpus, in the order they were taken: the shorter
 *     brief's first
 * @param added the sentences it adds to the shorter brief (all, for the shortest), in the order taken
 * @param newFacts the facts it adds to the shorter brief, as indices into the corpus's facts
 * @param measures what it holds
 * @param ofReferences its ROUGE recall against the corpus's reference summaries; empty without any
 * @param sameAsOwnChoice whether the summarizer, asked for this budget alone, chooses the same
 *     sentences (it chooses afresh at every budget, so it may not)
 * @param shortestLeft what the cheapest addition costs that the selector could still make (a
 *     sentence with its context that says nothing a chosen one says, by the selector's rules; see
 *     {@link newsbrief.select.SentenceSelector#shortestLeft}); empty when none is left. More than what is left of the
 *     budget: the corpus has no sentence worth taking that would fit
 */
public record ComparedBrief(Budget budget, Brief brief, List<Integer> chosen, List<Integer> added,
    List<Integer> newFacts, BriefMeasures measures, Optional<Recall> ofReferences, boolean sameAsOwnChoice,
    OptionalInt shortestLeft) {
  /** A brief that uses less than this share of its budget says why. */
  public static final double FULL = 0.9;

  public ComparedBrief {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(brief, "brief");
    chosen = List.copyOf(chosen);
    added = List.copyOf(added);
    newFacts = List.copyOf(newFacts);
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(ofReferences, "ofReferences");
    Objects.requireNonNull(shortestLeft, "shortestLeft");
    if (chosen.size() != brief.lines().size()) {
      throw new IllegalArgumentException("the brief has " + brief.lines().size() + " lines for " + chosen.size() + " chosen sentences");
    }
  }

  /** What the brief spends of its budget: words, or sentences. */
  public int used() {
    return budget.unit() == Budget.Unit.WORDS ? measures.words() : measures.sentences();
  }

  /** Whether it uses at least {@link #FULL} of its budget. */
  public boolean full() {
    return used() >= FULL * budget.limit();
  }
}
