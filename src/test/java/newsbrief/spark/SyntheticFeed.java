package newsbrief.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsbrief.Article;
import newsbrief.bench.SyntheticCorpus;
import newsbrief.eval.DucCluster;
import newsbrief.eval.DucDataset;

/**
 * Writes a JSON Lines feed of N articles made from the DUC 2003 development articles as the bench
 * makes its corpora ({@link SyntheticCorpus}, seed 42), for timing the Spark job:
 * {@code java -cp ... newsbrief.spark.SyntheticFeed ../shared/eval/duc2003 10000 /tmp/feed-10k.jsonl}.
 * The feed holds licensed text: write it outside the project.
 */
public final class SyntheticFeed {
  private SyntheticFeed() {}

  public static void main(String[] args) throws IOException {
    List<Article> pool = new ArrayList<>();
    for (DucCluster cluster : DucDataset.read(Path.of(args[0]))) {
      pool.addAll(cluster.articles());
    }
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (Article article : SyntheticCorpus.of(pool, Integer.parseInt(args[1]), 42)) {
        out.write(FirehoseJobTest.line(article));
        out.write('\n');
      }
    }
  }
}
