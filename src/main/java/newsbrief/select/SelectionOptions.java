package newsbrief.select;

import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;

/**
 * How a brief's sentences are chosen.
 *
 * @param selection the technique, with its settings
 * @param redundancyThreshold cosine at which two sentences say the same thing: they are never both
 *     chosen, and the other's article is cited as corroboration, in (0, 1]
 * @param newestLeadWindow the best-ranked of the newest article's first this-many sentences is
 *     always chosen, so that the latest development is in the brief; 0 turns this off. The newest
 *     article is the newest dated one (the last in reading order when none is dated): an undated
 *     article may be of any day
 */
public record SelectionOptions(Selection selection, double redundancyThreshold, int newestLeadWindow) {
  public static SelectionOptions defaults() {
    return new SelectionOptions(Selection.FactCoverage.defaults(), 0.4, 3);
  }

  public SelectionOptions {
    if (selection == null) {
      throw new IllegalArgumentException("a selection technique is required");
    }
    if (!(redundancyThreshold > 0 && redundancyThreshold <= 1)) {
      throw new IllegalArgumentException("redundancyThreshold must be in (0, 1], got " + redundancyThreshold);
    }
    if (newestLeadWindow < 0) {
      throw new IllegalArgumentException("newestLeadWindow must be at least 0, got " + newestLeadWindow);
    }
  }

  public SentenceSelector selector(Stemmer stemmer, StopWords stopWords) {
    return selection.selector(redundancyThreshold, stemmer, stopWords);
  }

  public SelectionOptions withSelection(Selection newSelection) {
    return new SelectionOptions(newSelection, redundancyThreshold, newestLeadWindow);
  }

  public SelectionOptions withNewestLeadWindow(int newWindow) {
    return new SelectionOptions(selection, redundancyThreshold, newWindow);
  }
}
