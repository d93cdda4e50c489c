package newsbrief.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;

/**
 * Reads a folder of plain-text articles: every {@code *.txt} file, in name order, with the
 * {@code NAME.meta} sidecar beside it when there is one. Bytes are decoded by {@link TextDecoder}:
 * UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is refused rather than read as
 * mojibake. {@link InputCollector} reads every other kind of input.
 */
public final class CorpusReader {
  private CorpusReader() {}

  /** Every {@code *.txt} article directly in {@code folder}, sorted by file name. */
  public static List<Article> readFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      if (Files.exists(folder)) {
        return List.of(readFile(folder));
      }
      throw new NewsbriefException(folder.toString(), "no such file or folder (check the path)");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new NewsbriefException(folder.toString(), "cannot list folder: " + e.getMessage() + " (check permissions)");
    }
    if (files.isEmpty()) {
      throw new NewsbriefException(folder.toString(), "no .txt articles in this folder (put one article per .txt file here)");
    }
    List<Article> articles = new ArrayList<>(files.size());
    for (Path file : files) {
      articles.add(readFile(file));
    }
    return List.copyOf(articles);
  }

  /** One plain-text article, with its sidecar when {@code NAME.meta} exists beside it. */
  public static Article readFile(Path file) {
    String name = file.getFileName().toString();
    String stem = ArticleReader.stem(name);
    String text = readUtf8(file);
    Path sidecar = file.resolveSibling(stem + ".meta");
    ArticleMetadata metadata = Files.isRegularFile(sidecar)
        ? MetadataSidecar.parse(readUtf8(sidecar), sidecar.toString())
        : ArticleMetadata.EMPTY;
    return new Article(stem, file.toString(), text, metadata);
  }

  /**
   * Reads a whole file as text through {@link TextDecoder#read(Path)}, the one decoder: UTF-8 (a
   * BOM is dropped) or UTF-16 with a BOM; binary and other encodings are refused.
   */
  public static String readUtf8(Path file) {
    return TextDecoder.read(file);
  }
}
