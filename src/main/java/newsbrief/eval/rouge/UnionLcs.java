package newsbrief.eval.rouge;

import java.util.List;
import java.util.Map;

/**
 * Summary-level ROUGE-L hits against one reference (Lin 2004, section 3.2), as the official scorer
 * counts them ({@code lcs}, {@code lcs_inner} and {@code markLCS} in ROUGE-1.5.5.pl).
 *
 * <p>For each reference sentence r, the tokens of r on one longest common subsequence with each
 * summary sentence are marked; the union of the marks is r's LCS. A marked token is a hit only
 * while both the reference's and the summary's unigram counts of that token are above zero, and a
 * hit uses up one of each, so ROUGE-L never exceeds ROUGE-1. Which of several longest subsequences
 * is marked follows the scorer's tie-break: a match goes diagonal; otherwise move up (drop a
 * reference token) when that keeps at least as long a subsequence, else left.
 */
final class UnionLcs {
  /** Moves through the LCS table, as the scorer records them. */
  private static final byte DIAGONAL = 1;
  private static final byte UP = 2;
  private static final byte LEFT = 3;

  private UnionLcs() {}

  /**
   * Hits of {@code summary} against {@code reference}.
   *
   * @param reference the reference's sentences
   * @param summary the summary's sentences
   * @param referenceUnigrams unigram counts of the reference's n-gram reading, the clipping budget
   * @param summaryUnigrams unigram counts of the summary's n-gram reading, the clipping budget
   */
  static long hits(
      List<List<String>> reference,
      List<List<String>> summary,
      GramCounts referenceUnigrams,
      GramCounts summaryUnigrams) {
    Map<String, Integer> referenceBudget = referenceUnigrams.mutableCounts();
    Map<String, Integer> summaryBudget = summaryUnigrams.mutableCounts();
    long hits = 0;
    for (List<String> referenceSentence : reference) {
      boolean[] marked = new boolean[referenceSentence.size()];
      for (List<String> summarySentence : summary) {
        markOneLcs(referenceSentence, summarySentence, marked);
      }
      for (int i = 0; i < marked.length; i++) {
        String token = referenceSentence.get(i);
        boolean budgetLeft =
            referenceBudget.getOrDefault(token, 0) > 0 && summaryBudget.getOrDefault(token, 0) > 0;
        if (marked[i] && budgetLeft) {
          hits++;
          referenceBudget.merge(token, -1, Integer::sum);
          summaryBudget.merge(token, -1, Integer::sum);
        }
      }
    }
    return hits;
  }

  /** Marks in {@code marked} the reference tokens on the scorer's chosen LCS with {@code summary}. */
  private static void markOneLcs(List<String> reference, List<String> summary, boolean[] marked) {
    int rows = reference.size();
    int columns = summary.size();
    if (rows == 0 || columns == 0) {
      return;
    }
    int[][] length = new int[rows + 1][columns + 1];
    byte[][] move = new byte[rows + 1][columns + 1];
    for (int i = 1; i <= rows; i++) {
      for (int j = 1; j <= columns; j++) {
        if (reference.get(i - 1).equals(summary.get(j - 1))) {
          length[i][j] = length[i - 1][j - 1] + 1;
          move[i][j] = DIAGONAL;
        } else if (length[i - 1][j] >= length[i][j - 1]) {
          length[i][j] = length[i - 1][j];
          move[i][j] = UP;
        } else {
          length[i][j] = length[i][j - 1];
          move[i][j] = LEFT;
        }
      }
    }
    int i = rows;
    int j = columns;
    while (i != 0 && j != 0) {
      if (move[i][j] == DIAGONAL) {
        i--;
        j--;
        marked[i] = true;
      } else if (move[i][j] == UP) {
        i--;
      } else {
        j--;
      }
    }
  }
}
