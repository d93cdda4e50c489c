package newsbrief.eval;

import java.util.List;
import newsbrief.Article;

/**
 * One cluster of a DUC-layout folder: its id, its articles ({@code docs/*.txt} with optional
 * {@code .meta}) and its reference summaries ({@code refs/*.txt}, each a list of lines).
 */
public record DucCluster(String id, List<Article> articles, List<List<String>> references) {
  public DucCluster {
    articles = List.copyOf(articles);
    references = references.stream().map(List::copyOf).toList();
  }
}
