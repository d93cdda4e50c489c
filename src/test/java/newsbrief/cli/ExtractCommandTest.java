package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsbrief.TestSupport;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code newsbrief extract} through picocli with captured output, in a temporary working folder. */
class ExtractCommandTest {
  static final String PAGE = """
      <html><head><title>Council passes budget - The Daily Example</title>
      <meta property="og:title" content="Council passes budget">
      <meta property="article:published_time" content="2024-11-28T09:00:00Z">
      <link rel="canonical" href="https://example.com/budget"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Council passes budget</h1><p class="byline">By Jane Doe</p>
      <p>The city council approved the new budget on Tuesday after a long debate about schools.</p>
      <h2>What it pays for</h2>
      <p>Most of the money goes to schools, roads and the library, the mayor said after the vote.</p>
      <figure><figcaption>The council chamber. (AP Photo/Someone)</figcaption></figure></article>
      <footer><p>Copyright 2024 The Daily Example. All rights reserved.</p></footer></body></html>
      """;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return runWithStdin("", args);
  }

  private int runWithStdin(String stdin, String... args) {
    CliEnvironment environment = new CliEnvironment(dir, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        TestSupport::coreNlp, false, 80);
    CommandLine commandLine = Main.commandLine(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("extract"));
    all.addAll(Arrays.asList(args));
    return commandLine.execute(all.toArray(String[]::new));
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void showsTheProseThatIsSummarizedAndWhatThePageStates() throws IOException {
    write("budget.html", PAGE);
    assertEquals(0, run("budget.html"));
    assertEquals("""
        == budget.html
        title:    Council passes budget
        date:     2024-11-28
        outlet:   The Daily Example
        url:      https://example.com/budget
        language: English
        text:     prose, 36 words of 36 extracted

        The city council approved the new budget on Tuesday after a long debate about schools.

        What it pays for

        Most of the money goes to schools, roads and the library, the mayor said after the vote.
        """, out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void theExtractedStageIsTheTextAsRead() throws IOException {
    write("budget.html", PAGE);
    assertEquals(0, run("budget.html", "--stage", "extracted", "--format", "json"));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    JsonNode article = json.get("articles").get(0);
    assertEquals("extracted", article.get("stage").asText());
    assertEquals("2024-11-28", article.get("date").asText());
    assertTrue(article.get("english").asBoolean());
    assertTrue(article.get("text").asText().startsWith("The city council approved"), article.get("text").asText());
    assertEquals(0, json.get("problems").size());
  }

  @Test
  void writesOneFilePerInputNamedAfterIt() throws IOException {
    write("pages/budget.html", PAGE);
    write("pages/note.txt", "A plain note that is an article of one sentence, kept as it is.\n");
    assertEquals(0, run("pages", "-o", "out"));
    assertEquals("wrote 2 files to out (prose text)\n", out.toString());
    assertTrue(Files.readString(dir.resolve("out/budget.txt")).startsWith("The city council approved"));
    assertEquals("A plain note that is an article of one sentence, kept as it is.\n", Files.readString(dir.resolve("out/note.txt")));

    assertEquals(0, run("pages", "-o", "json", "--format", "json"));
    JsonNode note = new ObjectMapper().readTree(dir.resolve("json/note.json").toFile());
    assertEquals("pages/note.txt", note.get("origin").asText());
    assertTrue(note.get("title").isNull());
  }

  @Test
  void aFolderOfOutputsIsWrittenWholeOrNotAtAll() throws IOException {
    write("pages/budget.html", PAGE);
    write("pages/note.txt", "A plain note that is an article of one sentence, kept as it is.\n");
    Files.createDirectories(dir.resolve("out/note.txt"));
    assertEquals(3, run("pages", "-o", "out"));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertFalse(Files.exists(dir.resolve("out/budget.txt")), "one file of the run was written without the other");
  }

  @Test
  void readsStandardInput() {
    assertEquals(0, runWithStdin(PAGE, "-", "--format", "json"));
    assertTrue(out.toString().contains("\"origin\" : \"<stdin>\""), out.toString());
  }

  @Test
  void anArticleInAnotherLanguageIsShownAsNotEnglish() throws IOException {
    write("fr.txt", "Les dirigeants irakiens se sont réunis jeudi à Bagdad pour discuter de la sécurité du pays.\n");
    assertEquals(0, run("fr.txt"));
    assertTrue(out.toString().contains("language: not English (not summarized)"), out.toString());
    assertTrue(out.toString().contains("Les dirigeants irakiens"), out.toString());
  }

  @Test
  void badInputsAreListedAndTheGoodOnesShown() throws IOException {
    write("budget.html", PAGE);
    write("empty.txt", "");
    assertEquals(0, run("budget.html", "empty.txt", "missing.txt"));
    assertTrue(out.toString().startsWith("== budget.html"));
    assertEquals("""
        newsbrief: empty.txt: empty file (nothing to summarize; write the article into it, or leave it out)
        newsbrief: missing.txt: no such file or folder (check the path)
        """, err.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      missing.txt                 | 3 | newsbrief: missing.txt: no such file or folder (check the path)
      --stage,cleaned,page.html   | 2 | newsbrief: --stage cleaned: not a stage (use prose or extracted)
      --format,markdown,page.html | 2 | newsbrief: --format markdown: not a format of extract (use text or json)
      --strict,page.html,nope.txt | 3 | newsbrief: nope.txt: no such file or folder (check the path)
      """)
  void usageAndInputErrorsAreOneLineWithTheirExitCode(String args, int code, String message) throws IOException {
    write("page.html", PAGE);
    assertEquals(code, run(args.split(",")));
    assertEquals(message + "\n", err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void anOutputPathThatIsAFileIsOneLine() throws IOException {
    write("page.html", PAGE);
    write("taken", "a file");
    assertEquals(3, run("page.html", "-o", "taken"));
    assertTrue(err.toString().startsWith("newsbrief: "), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void controlCharactersOfAnInputNeverReachTheTerminal() throws IOException {
    write("esc.txt", "A sentence with an escape \u001b[2J that would clear the screen, and a \u202e bidi override.\n");
    assertEquals(0, run("esc.txt"));
    assertFalse(out.toString().contains("\u001b"), out.toString());
    assertFalse(out.toString().contains("\u202e"), out.toString());
    assertTrue(out.toString().contains("escape \ufffd[2J"), out.toString());
  }
}
