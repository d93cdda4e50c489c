package newsbrief.eval.rouge;

/**
 * How much of each text the scorer reads: all of it, the first N words ({@code -l N}) or the first N
 * bytes ({@code -b N}). The official scorer applies the limit to the summary and to every reference
 * alike, to the raw lines before cleaning:
 *
 * <ul>
 *   <li>words are the whitespace-separated fields of a raw line (as Perl's {@code split /\s+/}
 *       counts them, so leading white space counts one empty field); whole lines are taken while
 *       the running count stays below N, then the first fields of the next line up to N in all;
 *   <li>bytes are UTF-8 bytes of the raw lines, the joining spaces not counted; whole lines are
 *       taken while the running count stays below N, then the next line is cut at the byte that
 *       makes N.
 * </ul>
 */
public sealed interface LengthLimit {

  /** No limit: the whole text. */
  static LengthLimit none() {
    return Unlimited.INSTANCE;
  }

  /** The first {@code count} words, as the scorer's {@code -l count}. */
  static LengthLimit words(int count) {
    return new Words(count);
  }

  /** The first {@code count} bytes, as the scorer's {@code -b count}. */
  static LengthLimit bytes(int count) {
    return new Bytes(count);
  }

  /** The whole text. */
  enum Unlimited implements LengthLimit {
    INSTANCE
  }

  /**
   * The first {@code count} words.
   *
   * @param count how many words, at least 1
   */
  record Words(int count) implements LengthLimit {
    public Words {
      if (count < 1) {
        throw new IllegalArgumentException("word limit must be at least 1, got " + count);
      }
    }
  }

  /**
   * The first {@code count} UTF-8 bytes.
   *
   * @param count how many bytes, at least 1
   */
  record Bytes(int count) implements LengthLimit {
    public Bytes {
      if (count < 1) {
        throw new IllegalArgumentException("byte limit must be at least 1, got " + count);
      }
    }
  }
}
