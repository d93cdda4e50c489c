package newsbrief.eval.rouge;

import java.util.Objects;

/**
 * Settings of one ROUGE evaluation, named after the official scorer's flags.
 *
 * @param stem {@code -m}: reduce tokens longer than 3 characters to their WordNet 2.0 exception
 *     base form or, failing that, their Porter stem
 * @param limit {@code -l N} or {@code -b N}: how much of the summary and of each reference is read
 * @param skipDistance {@code -2 N}: the most words a skip-bigram may jump over (4 for ROUGE-SU4);
 *     {@link #UNLIMITED_SKIP} allows any gap within the text
 * @param skipUnigrams {@code -u}: count unigrams along with skip-bigrams (ROUGE-SU rather than -S)
 */
public record RougeOptions(boolean stem, LengthLimit limit, int skipDistance, boolean skipUnigrams) {

  /** A skip distance with no bound, as the scorer's {@code -2 -1}. */
  public static final int UNLIMITED_SKIP = -1;

  public RougeOptions {
    Objects.requireNonNull(limit, "limit");
    if (skipDistance < UNLIMITED_SKIP) {
      throw new IllegalArgumentException(
          "skip distance must be at least 0, or UNLIMITED_SKIP, got " + skipDistance);
    }
  }

  /** The standard DUC setting {@code -m -l 100 -2 4 -u}: stemming, 100 words, ROUGE-SU4. */
  public static RougeOptions standard() {
    return new RougeOptions(true, LengthLimit.words(100), 4, true);
  }

  /** These options with another length limit. */
  public RougeOptions withLimit(LengthLimit newLimit) {
    return new RougeOptions(stem, newLimit, skipDistance, skipUnigrams);
  }
}
