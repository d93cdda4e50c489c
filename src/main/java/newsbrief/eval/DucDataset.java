package newsbrief.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.NewsbriefException;
import newsbrief.read.InputCollector;
import newsbrief.read.TextDecoder;

/**
 * Reads a folder in DUC layout: {@code DIR/<cluster>/docs/*.txt} (with optional {@code .meta}
 * sidecars; any article format the other commands read) and {@code DIR/<cluster>/refs/*.txt},
 * clusters in name order. References are
 * optional per cluster (a corpus without them can still be summarized and timed).
 */
public final class DucDataset {
  private DucDataset() {}

  public static List<DucCluster> read(Path folder) {
    return read(Path.of("").toAbsolutePath(), folder.toString());
  }

  /**
   * The clusters of the folder {@code typed}, relative to {@code workingDir}; files are named in
   * messages and origins from the folder as typed.
   */
  public static List<DucCluster> read(Path workingDir, String typed) {
    Path folder = workingDir.resolve(typed);
    if (!Files.isDirectory(folder)) {
      throw new NewsbriefException(typed, "no such folder (give a folder in DUC layout: DIR/<cluster>/docs/*.txt)");
    }
    List<Path> clusterFolders;
    try (Stream<Path> listing = Files.list(folder)) {
      clusterFolders = listing.filter(DucDataset::isCluster).sorted().toList();
    } catch (IOException e) {
      throw new NewsbriefException(typed, "cannot list folder: " + e.getMessage() + " (check permissions)");
    }
    if (clusterFolders.isEmpty()) {
      throw new NewsbriefException(typed,
          "not a DUC-layout folder: no <cluster>/docs/ folders inside (expected DIR/<cluster>/docs/*.txt and DIR/<cluster>/refs/*.txt)");
    }
    List<DucCluster> clusters = new ArrayList<>();
    for (Path clusterFolder : clusterFolders) {
      clusters.add(readCluster(workingDir, Path.of(typed).resolve(clusterFolder.getFileName()).toString()));
    }
    return List.copyOf(clusters);
  }

  /**
   * The clusters named in {@code ids}, in dataset order; a name matching no cluster is the user's
   * error.
   */
  public static List<DucCluster> only(List<DucCluster> clusters, List<String> ids) {
    Set<String> known = clusters.stream().map(DucCluster::id).collect(Collectors.toSet());
    List<String> unknown = ids.stream().filter(id -> !known.contains(id)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new NewsbriefException("--clusters", "no cluster named " + String.join(", ", unknown) + " (check the ids)");
    }
    Set<String> wanted = Set.copyOf(ids);
    return clusters.stream().filter(c -> wanted.contains(c.id())).toList();
  }

  /** Whether {@code folder} is one cluster in DUC layout: it holds a {@code docs/} folder. */
  public static boolean isCluster(Path folder) {
    return Files.isDirectory(folder.resolve("docs"));
  }

  /**
   * One cluster folder in DUC layout: its articles from {@code docs/*.txt} (with optional
   * {@code .meta}) and its references from {@code refs/*.txt}, none when there is no {@code refs/}.
   */
  public static DucCluster readCluster(Path folder) {
    return readCluster(Path.of("").toAbsolutePath(), folder.toString());
  }

  /** As {@link #readCluster(Path)}, for the folder {@code typed} relative to {@code workingDir}, named as typed. */
  public static DucCluster readCluster(Path workingDir, String typed) {
    Path folder = workingDir.resolve(typed);
    String docs = Path.of(typed).resolve("docs").toString();
    List<Article> articles = new InputCollector(workingDir, InputStream.nullInputStream()).strict(true)
        .collect(List.of(docs)).articles();
    return new DucCluster(folder.toAbsolutePath().normalize().getFileName().toString(), articles,
        references(folder.resolve("refs")));
  }

  /** Whether {@code folder} holds no article file but cluster folders ({@code <cluster>/docs}). */
  public static boolean holdsClusters(Path folder) {
    if (!Files.isDirectory(folder) || isCluster(folder)) {
      return false;
    }
    try (Stream<Path> listing = Files.list(folder)) {
      List<Path> entries = listing.toList();
      return entries.stream().noneMatch(p -> InputCollector.ARTICLE_EXTENSIONS.contains(extension(p)))
          && entries.stream().anyMatch(DucDataset::isCluster);
    } catch (IOException e) {
      // Not listable: reading it as a folder of articles reports why, in the words used for every input.
      return false;
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static List<List<String>> references(Path refs) {
    if (!Files.isDirectory(refs)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(refs)) {
      List<List<String>> references = new ArrayList<>();
      for (Path file : listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        references.add(TextDecoder.read(file).lines().filter(l -> !l.isBlank()).toList());
      }
      return references;
    } catch (IOException e) {
      throw new NewsbriefException(refs.toString(), "cannot list folder: " + e.getMessage() + " (check permissions)");
    }
  }
}
