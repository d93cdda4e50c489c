package newsbrief.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsbrief.Article;
import newsbrief.NewsbriefException;

/**
 * What a set of inputs gave: the articles that could be read, in input order, and one problem per
 * input (or JSON line) that could not. The caller summarizes the articles and lists the problems.
 *
 * @param articles the articles read, with unique ids
 * @param problems the inputs that gave no article, in input order
 * @param skipped files inside folders that were not read because their extension is not an article
 *     format (images, scripts, ...), as paths; for a verbose listing, never an error
 * @param files the files read (articles and their sidecars), as real paths; so that no output is
 *     written onto one of them
 */
public record InputBatch(List<Article> articles, List<InputProblem> problems, List<String> skipped, Set<Path> files) {
  public InputBatch {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
    files = Set.copyOf(files);
  }

  /** A batch of no named files (standard input, one file's lines). */
  public InputBatch(List<Article> articles, List<InputProblem> problems, List<String> skipped) {
    this(articles, problems, skipped, Set.of());
  }

  /** The problems as one-line messages, {@code where: what (what to do)}. */
  public List<String> problemLines() {
    return problems.stream().map(InputProblem::line).toList();
  }

  /**
   * The articles, when there is at least one.
   *
   * @throws NewsbriefException when there is none: the one problem when there was exactly one,
   *     else a summary asking to see the problems, which it lists as its details
   */
  public List<Article> requireArticles() {
    if (!articles.isEmpty()) {
      return articles;
    }
    if (problems.size() == 1) {
      throw problems.get(0).toException();
    }
    if (problems.isEmpty()) {
      throw new NewsbriefException(null, "no articles in the input (name article files, folders, or - for standard input)");
    }
    throw new NewsbriefException(null,
        "none of the inputs could be read (" + problems.size() + " problems, listed above; fix them and run again)")
        .withDetails(problemLines());
  }
}
