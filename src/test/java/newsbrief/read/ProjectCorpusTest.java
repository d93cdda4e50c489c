package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The five seed articles of {@code corpus/} read both ways. */
class ProjectCorpusTest {
  private Path project;

  @BeforeEach
  void findProject() {
    project = Path.of(System.getProperty("newsbrief.project.dir", "."));
    assumeTrue(Files.isDirectory(project.resolve("corpus")), "corpus/ not found under " + project.toAbsolutePath());
  }

  @Test
  void theCollectorReadsEveryArticleOfTheCorpusWithItsSidecar() {
    InputBatch batch = new InputCollector(project, InputStream.nullInputStream()).collect(List.of("corpus"));
    assertEquals(List.of(), batch.problems());
    assertEquals(5, batch.articles().size());
    for (Article a : batch.articles()) {
      assertEquals("corpus/" + a.id() + ".txt", a.origin());
      assertTrue(a.metadata().outlet().isPresent(), a.id() + " lost its sidecar");
    }
  }

  @Test
  void theRewriteIsNotACopyOfItsSource() {
    List<Article> articles = new InputCollector(project, InputStream.nullInputStream()).collect(List.of("corpus")).articles();
    assertEquals(articles, new DuplicateFilter().filter(articles).kept());
  }
}
