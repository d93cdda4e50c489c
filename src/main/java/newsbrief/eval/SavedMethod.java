package newsbrief.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.Article;
import newsbrief.NewsbriefException;
import newsbrief.eval.rouge.SummaryFiles;

/**
 * Summaries another system already wrote, one file per cluster ({@code FOLDER/<cluster>.txt}, one
 * sentence per line, as {@code eval --save-summaries} and the official scorer's fixtures have
 * them), scored as they are.
 */
public final class SavedMethod implements SummaryMethod {
  private final String name;
  private final Path folder;

  public SavedMethod(String name, Path folder) {
    this.name = name;
    this.folder = folder;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> summarize(String cluster, List<Article> articles) {
    Path file = folder.resolve(cluster + ".txt");
    if (!Files.isRegularFile(file)) {
      throw new NewsbriefException(file.toString(), "no saved summary for cluster " + cluster
          + " (each folder of saved summaries needs one <cluster>.txt per cluster)");
    }
    return SummaryFiles.read(file);
  }
}
