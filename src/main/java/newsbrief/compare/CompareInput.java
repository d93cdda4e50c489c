package newsbrief.compare;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import newsbrief.Article;
import newsbrief.BriefRequest;
import newsbrief.Newsbrief;
import newsbrief.NewsbriefException;
import newsbrief.eval.DucCluster;
import newsbrief.eval.DucDataset;

/** What {@code compare} reads: one corpus, as {@code brief} reads it, or one DUC-layout cluster with its references. */
public final class CompareInput {
  private CompareInput() {}

  /**
   * The articles of a folder, read as {@code brief} reads its inputs (copies dropped), or of one
   * DUC-layout cluster with its references; files are named from the folder as typed.
   *
   * @throws NewsbriefException for a folder of clusters, or input {@code brief} cannot use
   */
  public static DucCluster corpus(Newsbrief newsbrief, Path workingDir, String typed, InputStream stdin) {
    Path folder = workingDir.resolve(typed);
    if (DucDataset.holdsClusters(folder)) {
      throw new NewsbriefException(typed, "a folder of DUC-layout clusters, not of articles (for the ROUGE curve "
          + "over them use --eval " + typed + "; to compare the briefs of one cluster, give its folder)");
    }
    if (DucDataset.isCluster(folder)) {
      return DucDataset.readCluster(workingDir, typed);
    }
    List<Article> articles = newsbrief.read(BriefRequest.of(typed).withWorkingDir(workingDir).withStdin(stdin)).articles();
    return new DucCluster(typed, articles, List.of());
  }

  /** What to call a set of clusters read from {@code typed}: its folder's name. */
  public static String setName(Path workingDir, String typed) {
    return workingDir.resolve(typed).normalize().getFileName().toString();
  }
}
