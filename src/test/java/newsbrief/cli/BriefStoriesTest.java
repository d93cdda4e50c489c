package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.TestSupport;
import newsbrief.story.InventedDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code newsbrief brief --stories N} driven through picocli with captured output. */
class BriefStoriesTest {
  private final CapturedRun cli = new CapturedRun();

  private List<String> headings() {
    return cli.out().lines().filter(l -> l.startsWith("## ")).toList();
  }

  @Test
  void aDayOfSeveralStoriesGetsASectionEach(@TempDir Path day) throws IOException {
    InventedDay.writeTo(day);
    assertEquals(0, cli.run("brief", day.toString(), "--words", "120", "-o", "-"), cli.err());
    assertEquals(List.of("## Floods cut off Marden", "## Central bank lifts rates", "## Also reported"), headings());
    assertTrue(cli.out().contains("\n- Harbour museum opens its doors [6]\n"), cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void storiesCapsTheSections(@TempDir Path day) throws IOException {
    InventedDay.writeTo(day);
    assertEquals(0, cli.run("brief", day.toString(), "--words", "120", "--stories", "1", "-o", "-"), cli.err());
    assertEquals(List.of("## Floods cut off Marden", "## Also reported"), headings());
    assertTrue(cli.out().contains("\n- Central bank lifts rates (2 articles) [4]\u2013[5]\n"), cli.out());
  }

  @Test
  void theMessageCountsTheStories(@TempDir Path day) throws IOException {
    InventedDay.writeTo(day);
    Path target = day.resolve("out/brief.md");
    assertEquals(0, cli.run("brief", day.toString(), "-o", target.toString()), cli.err());
    assertTrue(cli.out().startsWith("wrote " + target + ": "), cli.out());
    assertTrue(cli.out().endsWith(" from 6 articles in 3 stories\n"), cli.out());
  }

  @Test
  void theSeedsStayOneStoryWhateverTheCap() throws IOException {
    String corpus = TestSupport.projectDir().relativize(TestSupport.projectDir().resolve("corpus")).toString();
    assertEquals(0, cli.run("brief", corpus, "--stories", "3", "-o", "-"), cli.err());
    assertEquals(Files.readString(TestSupport.projectDir().resolve("summaries/daily-brief.md"), StandardCharsets.UTF_8),
        cli.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2"})
  void storiesBelowOneAreUsageErrors(String value) {
    assertEquals(2, cli.run("brief", TestSupport.projectDir().resolve("corpus").toString(), "--stories", value));
    assertTrue(cli.err().contains("--stories " + value + ": at least one story needs a section"), cli.err());
  }

  @Test
  void storiesMustBeANumber() {
    assertEquals(2, cli.run("brief", TestSupport.projectDir().resolve("corpus").toString(), "--stories", "many"));
    assertTrue(cli.err().contains("--stories"), cli.err());
  }
}
