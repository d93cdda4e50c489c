package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.Article;
import newsbrief.story.InventedDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsbrief spark} driven through picocli with captured output, Spark in local mode. */
class SparkCommandTest {
  private final CapturedRun cli = new CapturedRun();

  @TempDir Path dir;

  @Test
  void withoutAnInputItIsAOneLineUsageError() {
    assertEquals(2, cli.run("spark", "--output", dir.resolve("out").toString()));
    assertEquals("newsbrief: Missing required option: '--input=PATH' (see 'newsbrief spark --help')", cli.err().strip());
  }

  @Test
  void anUnknownInputFormatIsAOneLineUsageError() {
    assertEquals(2, cli.run("spark", "--input", "x.jsonl", "--output", "out", "--input-format", "xml"));
    assertEquals("newsbrief: --input-format xml: not an input format here (use auto, jsonl or parquet)", cli.err().strip());
  }

  @Test
  void binsOfOneArticleAreAOneLineUsageError() {
    assertEquals(2, cli.run("spark", "--input", "x.jsonl", "--output", "out", "--bin-articles", "1"));
    assertTrue(cli.err().startsWith("newsbrief: --bin-articles must be at least 2"), cli.err());
  }

  @Test
  void aMissingInputIsUnusableInputWithOneLine() {
    Path nowhere = dir.resolve("nowhere.jsonl");
    assertEquals(3, cli.run("spark", "--master", "local[2]", "--input", nowhere.toString(), "--output", dir.resolve("out").toString()));
    assertEquals("newsbrief: " + nowhere + ": no such file or folder (check the path)", cli.err().strip());
    assertTrue(Files.notExists(dir.resolve("out")));
  }

  @Test
  void briefsADayAndSaysWhatItWrote() throws IOException {
    List<Article> day = InventedDay.read(Files.createDirectories(dir.resolve("day")));
    StringBuilder lines = new StringBuilder();
    day.forEach(a -> lines.append("{\"title\": ").append(quote(a.metadata().title().orElse(""))).append(", \"date\": \"")
        .append(a.metadata().date().orElseThrow()).append("\", \"text\": ").append(quote(a.text())).append("}\n"));
    lines.append("{oops\n");
    Path input = dir.resolve("day.jsonl");
    Files.writeString(input, lines.toString(), StandardCharsets.UTF_8);
    Path output = dir.resolve("briefs");
    assertEquals(0, cli.run("spark", "--master", "local[2]", "--input", input.toString(), "--output", output.toString(), "--words", "60"));
    assertTrue(cli.out().startsWith("wrote " + output + ": 3 stories (2 of several articles) from 6 articles in "), cli.out());
    assertEquals("newsbrief: " + input + ":7: not a JSON object (write one article per line, e.g. {\"title\": \"...\", \"text\": \"...\"})",
        cli.err().strip());
    assertEquals(3, Files.readAllLines(output.resolve("stories.jsonl")).size());
    assertTrue(Files.readString(output.resolve("summary.json")).contains("\"length\" : \"--words 60\""));
  }

  private static String quote(String text) {
    return new com.fasterxml.jackson.databind.ObjectMapper().getNodeFactory().textNode(text).toString();
  }
}
