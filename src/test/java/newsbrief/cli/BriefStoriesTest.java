package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import picocli.CommandLine;

/** {@code newsbrief brief --stories N} driven through picocli with captured output. */
class BriefStoriesTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private List<String> headings() {
    return out.toString().lines().filter(l -> l.startsWith("## ")).toList();
  }

  @Test
  void aDayOfSeveralStoriesGetsASectionEach(@TempDir Path day) throws IOException {
    InventedDay.writeTo(day);
    assertEquals(0, run("brief", day.toString(), "--words", "120", "-o", "-"), err.toString());
    assertEquals(List.of("## Floods cut off Marden", "## Central bank lifts rates", "## Also reported"), headings());
    assertTrue(out.toString().contains("\n- Harbour museum opens its doors [6]\n"), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void storiesCapsTheSections(@TempDir Path day) throws IOException {
    InventedDay.writeTo(day);
    assertEquals(0, run("brief", day.toString(), "--words", "120", "--stories", "1", "-o", "-"), err.toString());
    assertEquals(List.of("## Floods cut off Marden", "## Also reported"), headings());
    assertTrue(out.toString().contains("\n- Central bank lifts rates (2 articles) [4]\u2013[5]\n"), out.toString());
  }

  @Test
  void theMessageCountsTheStories(@TempDir Path day) throws IOException {
    InventedDay.writeTo(day);
    Path target = day.resolve("out/brief.md");
    assertEquals(0, run("brief", day.toString(), "-o", target.toString()), err.toString());
    assertTrue(out.toString().startsWith("wrote " + target + ": "), out.toString());
    assertTrue(out.toString().endsWith(" from 6 articles in 3 stories\n"), out.toString());
  }

  @Test
  void theSeedsStayOneStoryWhateverTheCap() throws IOException {
    String corpus = TestSupport.projectDir().relativize(TestSupport.projectDir().resolve("corpus")).toString();
    assertEquals(0, run("brief", corpus, "--stories", "3", "-o", "-"), err.toString());
    assertEquals(Files.readString(TestSupport.projectDir().resolve("summaries/daily-brief.md"), StandardCharsets.UTF_8),
        out.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2"})
  void storiesBelowOneAreUsageErrors(String value) {
    assertEquals(2, run("brief", TestSupport.projectDir().resolve("corpus").toString(), "--stories", value));
    assertTrue(err.toString().contains("--stories " + value + ": at least one story needs a section"), err.toString());
  }

  @Test
  void storiesMustBeANumber() {
    assertEquals(2, run("brief", TestSupport.projectDir().resolve("corpus").toString(), "--stories", "many"));
    assertTrue(err.toString().contains("--stories"), err.toString());
  }
}
