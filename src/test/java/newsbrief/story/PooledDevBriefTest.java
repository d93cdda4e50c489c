package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.TestSupport;
import newsbrief.select.Length;
import newsbrief.render.MarkdownRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three DUC 2003 development clusters copied into one folder at test time (the licensed texts
 * stay in {@code ../shared/eval}; the copy lives in a temporary folder): the day's brief must have
 * one section per cluster, each citing exactly that cluster's articles.
 */
class PooledDevBriefTest {
  private static final List<String> CLUSTERS = List.of("d30003t", "d31022t", "d31050t");

  @Test
  void eachClusterGetsASectionCitingItsOwnArticles(@TempDir Path day) throws IOException {
    Path duc = TestSupport.sharedEval().resolve("duc2003");
    Assumptions.assumeTrue(Files.isDirectory(duc), "DUC 2003 development set not found at " + duc + " (../shared/eval)");
    for (String cluster : CLUSTERS) {
      try (Stream<Path> files = Files.list(duc.resolve(cluster).resolve("docs"))) {
        for (Path file : files.toList()) {
          Files.copy(file, day.resolve(file.getFileName()));
        }
      }
    }
    List<Article> articles = TestSupport.readFolder(day);
    DayBrief brief = new StoryBriefer(new Summarizer(TestSupport.coreNlp()), StoryOptions.defaults())
        .brief(articles, Length.DEFAULT.budgetFor(0));

    assertEquals(3, brief.storyCount());
    assertEquals(3, brief.sections().size());
    Set<Set<String>> expected = CLUSTERS.stream().map(c -> ids(duc.resolve(c).resolve("docs"))).collect(Collectors.toSet());
    Set<Set<String>> found = brief.sections().stream()
        .map(s -> s.brief().sources().stream().map(Article::id).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
    assertEquals(expected, found);
    for (StorySection section : brief.sections()) {
      assertTrue(!section.brief().lines().isEmpty() && !section.headline().isBlank(), section.headline());
      assertTrue(section.brief().wordCount() <= section.brief().budget().limit(), section.headline());
    }
    String markdown = new MarkdownRenderer().render(brief);
    assertEquals(3, markdown.lines().filter(l -> l.startsWith("## ")).count(), markdown);
    // Sources are numbered across the day, each section listing the articles it cites (issue 15, item 11).
    int cited = brief.sections().stream().mapToInt(s -> newsbrief.render.CitedSources.of(s.brief()).listed().size()).sum();
    assertTrue(cited >= 3 && cited <= 30, markdown);
    assertTrue(markdown.contains("\n" + cited + ". ") && !markdown.contains("\n" + (cited + 1) + ". "), markdown);
  }

  private static Set<String> ids(Path docs) {
    try (Stream<Path> files = Files.list(docs)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length())).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
