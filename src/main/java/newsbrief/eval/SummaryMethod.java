package newsbrief.eval;

import java.util.List;
import newsbrief.Article;

/**
 * A way of summarizing one cluster for evaluation: a name for the report and the summary as
 * sentence lines in the order a length cut should read them (most important first), each one line
 * of verbatim article text with white space runs made single spaces.
 */
public interface SummaryMethod {
  String name();

  /**
   * The summary of one cluster's articles. The cluster id is given for methods that look their
   * summaries up (saved output of another system); a method must never read the references.
   */
  List<String> summarize(String cluster, List<Article> articles);
}
