package newsbrief.eval;

import newsbrief.eval.rouge.LengthLimit;
import newsbrief.select.Budget;

/**
 * How long evaluated summaries are: the cut the scorer applies ({@code -l N} words or {@code -b N}
 * bytes), and the budget sentences are chosen under. As DUC systems do, selection may run past the
 * cut and the cut truncates the last sentence: the budget is the cut plus {@link #OVERFLOW_WORDS}
 * (a byte cut is taken as {@link #BYTES_PER_WORD} bytes a word, an under-estimate, so the summary
 * always reaches the cut). Sentences are written best first, so what the cut drops is the part of
 * the least important sentence. Without the overflow, a summary falls some words short of the cut
 * and ROUGE recall pays for every missing word.
 *
 * @param cut the scorer's length limit, words or bytes
 * @param overflowWords how many words selection may run past the cut, at least 0
 */
public record EvalLength(LengthLimit cut, int overflowWords) {
  public static final int OVERFLOW_WORDS = 20;
  public static final int BYTES_PER_WORD = 5;

  public EvalLength {
    if (!(cut instanceof LengthLimit.Words || cut instanceof LengthLimit.Bytes)) {
      throw new IllegalArgumentException("an evaluation needs a word or byte cut, got " + cut);
    }
    if (overflowWords < 0) {
      throw new IllegalArgumentException("overflowWords must be at least 0, got " + overflowWords);
    }
  }

  public static EvalLength words(int words) {
    return new EvalLength(LengthLimit.words(words), OVERFLOW_WORDS);
  }

  public static EvalLength bytes(int bytes) {
    return new EvalLength(LengthLimit.bytes(bytes), OVERFLOW_WORDS);
  }

  /** The same cut with no overflow: selection stops at the cut. */
  public EvalLength withoutOverflow() {
    return new EvalLength(cut, 0);
  }

  /** The words the cut allows (for a byte cut, at {@link #BYTES_PER_WORD} bytes a word). */
  public int cutWords() {
    return cut instanceof LengthLimit.Words words ? words.count()
        : Math.max(1, (int) Math.ceil(((LengthLimit.Bytes) cut).count() / (double) BYTES_PER_WORD));
  }

  /** The cut as a reader says it: {@code 100 words}, {@code 665 bytes}. */
  @Override
  public String toString() {
    return cut instanceof LengthLimit.Bytes bytes ? bytes.count() + " bytes" : cutWords() + " words";
  }

  /** The budget of selection: the cut's words and the overflow. */
  public Budget selectionBudget() {
    return Budget.words(cutWords() + overflowWords);
  }
}
