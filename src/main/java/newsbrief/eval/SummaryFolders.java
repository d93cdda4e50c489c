package newsbrief.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.NewsbriefException;
import newsbrief.eval.rouge.SummaryFiles;

/**
 * Summaries on disk as the official scorer reads them: {@code ROOT/<method>/<cluster>.txt}, one
 * sentence per line. A method's name becomes a folder name with spaces as {@code -} and slashes
 * as {@code _} ({@code default/no-overflow} is {@code default_no-overflow}).
 */
public final class SummaryFolders {
  private SummaryFolders() {}

  /** Writes every method's summaries under {@code root}, creating folders as needed. */
  public static void write(Path root, List<MethodResult> results) {
    for (MethodResult result : results) {
      Path folder = root.resolve(folderName(result.method()));
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new NewsbriefException(folder.toString(), "cannot create folder: " + e.getMessage() + " (check permissions)");
      }
      result.clusters().forEach(c -> SummaryFiles.write(folder.resolve(c.cluster() + ".txt"), c.summary()));
    }
  }

  /** One {@link SavedMethod} per sub-folder of {@code root}, named {@code saved <folder>}, in name order. */
  public static List<SummaryMethod> savedMethods(Path root) {
    if (!Files.isDirectory(root)) {
      throw new NewsbriefException(root.toString(), "no such folder (give the folder holding <system>/<cluster>.txt)");
    }
    try (Stream<Path> systems = Files.list(root)) {
      return systems.filter(Files::isDirectory).sorted()
          .map(p -> (SummaryMethod) new SavedMethod("saved " + p.getFileName(), p)).toList();
    } catch (IOException e) {
      throw new NewsbriefException(root.toString(), "cannot list folder: " + e.getMessage() + " (check permissions)");
    }
  }

  static String folderName(String method) {
    return method.replace(' ', '-').replace('/', '_');
  }
}
