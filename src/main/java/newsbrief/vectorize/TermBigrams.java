package newsbrief.vectorize;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds phrases to a sentence's terms: each pair of adjacent terms becomes one more term, written
 * with a space between (which no single term holds), so {@code [pinochet, arrest, london]} gains
 * {@code "pinochet arrest"} and {@code "arrest london"}. Adjacent means adjacent among the terms,
 * i.e. with function words skipped.
 */
public final class TermBigrams {
  private TermBigrams() {}

  /** The terms followed by their adjacent pairs; fewer than two terms are returned as they are. */
  public static List<String> withBigrams(List<String> terms) {
    if (terms.size() < 2) {
      return terms;
    }
    List<String> all = new ArrayList<>(2 * terms.size() - 1);
    all.addAll(terms);
    for (int i = 1; i < terms.size(); i++) {
      all.add(terms.get(i - 1) + " " + terms.get(i));
    }
    return all;
  }
}
