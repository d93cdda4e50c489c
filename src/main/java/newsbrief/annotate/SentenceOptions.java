package newsbrief.annotate;

/**
 * Which sentences of the cleaned prose a brief may quote ({@link SentenceExtractor}).
 *
 * @param minWords shortest sentence worth quoting, in words, at least 1
 * @param maxWords longest sentence worth quoting, at least {@code minWords}: longer ones are
 *     run-ons or lists
 * @param maxQuotedShare sentences with a larger share of their words inside quotation marks are
 *     dropped (a quotation is colour, not news); 1 keeps them all, in [0, 1]
 */
public record SentenceOptions(int minWords, int maxWords, double maxQuotedShare) {
  public static SentenceOptions defaults() {
    return new SentenceOptions(6, 1000, 1.0);
  }

  public SentenceOptions {
    if (minWords < 1 || maxWords < minWords) {
      throw new IllegalArgumentException("need 1 <= minWords <= maxWords, got " + minWords + ", " + maxWords);
    }
    if (!(maxQuotedShare >= 0 && maxQuotedShare <= 1)) {
      throw new IllegalArgumentException("maxQuotedShare must be in [0, 1], got " + maxQuotedShare);
    }
  }

  public SentenceOptions withMaxWords(int newMaxWords) {
    return new SentenceOptions(minWords, newMaxWords, maxQuotedShare);
  }

  public SentenceOptions withMaxQuotedShare(double newMaxQuotedShare) {
    return new SentenceOptions(minWords, maxWords, newMaxQuotedShare);
  }
}
