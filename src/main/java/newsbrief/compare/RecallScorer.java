package newsbrief.compare;

import java.util.List;
import newsbrief.Brief;
import newsbrief.eval.rouge.LengthLimit;
import newsbrief.eval.rouge.RougeOptions;
import newsbrief.eval.rouge.RougeScorer;

/**
 * ROUGE-1 and ROUGE-2 recall of a brief with our ROUGE-1.5.5 scorer, stemming on ({@code -m}) and
 * no length limit: a longer brief is read whole, so recall can only grow with length. A brief is
 * read as its lines in reading order, one sentence a line.
 */
public final class RecallScorer {
  private final RougeScorer scorer = new RougeScorer(RougeOptions.standard().withLimit(LengthLimit.none()));

  /** Recall of {@code brief} against {@code references} (at least one; each a list of lines). */
  public Recall recall(Brief brief, List<List<String>> references) {
    return recall(lines(brief), references);
  }

  /** Recall of the lines {@code summary} against {@code references} (at least one). */
  public Recall recall(List<String> summary, List<List<String>> references) {
    return new Recall(scorer.rougeN(summary, references, 1).recall(), scorer.rougeN(summary, references, 2).recall());
  }

  /** A brief's sentences as scorer lines: each on one line, white space runs made single spaces. */
  public static List<String> lines(Brief brief) {
    return brief.lines().stream().map(l -> l.sentence().text().strip().replaceAll("\\s+", " ")).toList();
  }
}
