package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.select.Facts;

/**
 * The facts the brief's own selection covers ({@link Facts}): a sentence states another when it
 * holds at least half of its content words, sentences that state each other report one fact, and
 * a fact counts the independent reports that give it. Each sentence belongs to the fact of the
 * sentences it says the same as, so a brief covers the facts of its sentences.
 */
public record StatedFacts() implements FactFinder {
  @Override
  public CorpusFacts find(AnalyzedCorpus corpus, double[] scores) {
    Facts found = Facts.find(corpus, scores);
    List<CorpusFacts.Fact> facts = new ArrayList<>(found.size());
    for (Facts.Fact fact : found.facts()) {
      facts.add(new CorpusFacts.Fact(fact.members(), fact.support()));
    }
    return new CorpusFacts(facts);
  }

  @Override
  public String definition() {
    return "A fact is what a group of sentences reports: a sentence states another when it holds at least half of "
        + "the other's content words (stemmed, function words left out), and sentences that state each other report "
        + "the same fact; a sentence like no other is a fact of its own. A fact is told by as many reports as give "
        + "it, an article with its copies and rewrites counting once. It is the unit the brief's selection covers.";
  }
}
