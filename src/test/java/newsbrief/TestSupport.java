package newsbrief;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.annotate.SentenceSplitter;
import newsbrief.read.InputCollector;
import org.junit.jupiter.api.Assertions;

/** Shared test fixtures: the project folder, one CoreNLP splitter per test run, golden files. */
public final class TestSupport {
  private static final String UPDATE_GOLDEN = "newsbrief.updateGolden";
  private static SentenceSplitter coreNlp;

  private TestSupport() {}

  /** The project's base folder (surefire sets it; otherwise the working folder). */
  public static Path projectDir() {
    return Path.of(System.getProperty("newsbrief.project.dir", "")).toAbsolutePath();
  }

  /** {@code ../shared/eval} beside the project, present on CI and developer machines. */
  public static Path sharedEval() {
    return projectDir().resolveSibling("shared").resolve("eval");
  }

  /** CoreNLP's splitter, built once for the whole test run. */
  public static synchronized SentenceSplitter coreNlp() {
    if (coreNlp == null) {
      coreNlp = new CoreNlpSentenceSplitter();
    }
    return coreNlp;
  }

  /** The articles of {@code corpus/}, with origins as the CLI names them from the project folder. */
  public static List<Article> corpus() {
    return readFolder(Path.of("corpus"));
  }

  /**
   * Every article in {@code folder} (relative to the project folder, or absolute), read as the
   * commands read it; any input that cannot be read fails the test.
   */
  public static List<Article> readFolder(Path folder) {
    return new InputCollector(projectDir(), InputStream.nullInputStream()).strict(true)
        .collect(List.of(folder.toString())).articles();
  }

  /**
   * Asserts that {@code actual} equals the golden file at {@code src/test/resources/<resource>};
   * with {@code -Dnewsbrief.updateGolden=true} the file is rewritten instead (and the test fails,
   * so an update is never silent).
   */
  public static void assertGolden(String resource, String actual) throws IOException {
    Path golden = projectDir().resolve("src/test/resources").resolve(resource);
    if (Boolean.getBoolean(UPDATE_GOLDEN)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      Assertions.fail("golden file " + golden + " rewritten; run again without -D" + UPDATE_GOLDEN);
    }
    Assertions.assertTrue(Files.exists(golden), "no golden file " + golden + " (create it with -D" + UPDATE_GOLDEN + "=true)");
    Assertions.assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "output differs from " + golden + " (if the change is intended, regenerate with -D" + UPDATE_GOLDEN + "=true)");
  }
}
