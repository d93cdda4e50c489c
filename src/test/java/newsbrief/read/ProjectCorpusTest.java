package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void collectorReadsWhatCorpusReaderReads() {
    InputBatch batch = new InputCollector(project, InputStream.nullInputStream()).collect(List.of("corpus"));
    List<Article> expected = CorpusReader.readFolder(project.resolve("corpus"));
    assertEquals(List.of(), batch.problems());
    assertEquals(expected.size(), batch.articles().size());
    for (int i = 0; i < expected.size(); i++) {
      Article a = batch.articles().get(i);
      Article b = expected.get(i);
      assertEquals(List.of(b.id(), b.text(), b.metadata()), List.of(a.id(), a.text(), a.metadata()));
      assertEquals("corpus/" + b.id() + ".txt", a.origin());
    }
  }

  @Test
  void theRewriteIsNotACopyOfItsSource() {
    List<Article> articles = CorpusReader.readFolder(project.resolve("corpus"));
    assertEquals(articles, new DuplicateFilter().filter(articles).kept());
  }
}
