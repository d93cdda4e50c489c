package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsbrief.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Issue 15's cases that go through the command line, in process (picocli with captured output):
 * terminal controls and Markdown in inputs, an output onto an input, standard output that cannot
 * be written, bench's counts, and the messages. Each test names its item.
 */
class HostileInputTest {
  private static final String ESC = "\u001b";

  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return runWith(new PrintWriter(out), "", args);
  }

  private int runWith(PrintWriter stdout, String stdin, String... args) {
    CliEnvironment environment = new CliEnvironment(dir, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        TestSupport::coreNlp, false, 80);
    CommandLine commandLine = Main.commandLine(environment);
    commandLine.setOut(stdout);
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private void corpusFile(String name, String as) throws IOException {
    Files.copy(TestSupport.projectDir().resolve("corpus").resolve(name + ".txt"), dir.resolve(as));
  }

  private static String jsonString(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      json.append(c == '"' || c == '\\' ? "\\" + c : c < 0x20 ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
    }
    return json.append('"').toString();
  }

  /** Whether {@code markdown} holds a {@code <} not escaped by a backslash: an HTML tag or autolink. */
  private static boolean rawAngle(String markdown) {
    return java.util.regex.Pattern.compile("(?<!\\\\)<").matcher(markdown).find();
  }

  /** Two articles of the corpus as JSON Lines, with the given title and outlet on the first. */
  private void jsonl(String title, String outlet, String extraText) throws IOException {
    Path corpus = TestSupport.projectDir().resolve("corpus");
    String a = Files.readString(corpus.resolve("shafaq-israel-denies-truce.txt"));
    String b = Files.readString(corpus.resolve("new-region-iraq-accuses-israel.txt"));
    Files.writeString(dir.resolve("feed.jsonl"),
        "{\"title\": " + jsonString(title) + ", \"source\": " + jsonString(outlet) + ", \"date\": \"2024-11-28\", \"text\": "
            + jsonString(extraText + a) + "}\n"
            + "{\"title\": \"Second\", \"source\": \"Other\", \"text\": " + jsonString(b) + "}\n");
  }

  // Item 4: terminal controls in text, titles, outlets, file names and messages

  @Test
  void item4TerminalControlsAreNeutralisedInTextAndMarkdown() throws IOException {
    jsonl("Title " + ESC + "[2J clear", "Outlet " + ESC + "]52;c;cGF3bmVk" + "\u0007 \u202Eevil", "");
    for (String format : List.of("text", "markdown")) {
      out = new StringWriter();
      assertEquals(0, run("summarize", "feed.jsonl", "--format", format), err.toString());
      String printed = out.toString();
      assertFalse(printed.contains(ESC) || printed.contains("\u0007") || printed.contains("\u202E"), format + ": " + printed);
      assertTrue(printed.contains("Title \uFFFD[2J clear"), printed);
    }
  }

  @Test
  void item4JsonEscapesWhatATerminalWouldObey() throws IOException {
    jsonl("Title \u009b2J \u202Eevil", "Outlet", "");
    assertEquals(0, run("summarize", "feed.jsonl", "--format", "json"), err.toString());
    assertFalse(out.toString().contains("\u009b") || out.toString().contains("\u202E"), out.toString());
    assertTrue(out.toString().contains("\"title\" : \"Title \\u009b2J \\u202eevil\"")
        || out.toString().contains("\"title\": \"Title \\u009b2J \\u202eevil\""), out.toString());
  }

  @Test
  void item4ControlsInFileNamesDoNotReachTheTerminalThroughErrors() {
    assertEquals(3, run("summarize", "evil" + ESC + "]0;owned" + "\u0007.txt"));
    assertEquals("newsbrief: evil\uFFFD]0;owned\uFFFD.txt: no such file or folder (check the path)\n", err.toString());
  }

  @Test
  void item4ControlsInProblemLinesListedBesideGoodInputsAreNeutralised() throws IOException {
    corpusFile("shafaq-israel-denies-truce", "good.txt");
    Files.writeString(dir.resolve("bad" + ESC + "]0;owned.txt"), "");
    assertEquals(0, run("summarize", "good.txt", "bad" + ESC + "]0;owned.txt"), err.toString());
    assertFalse(err.toString().contains(ESC), err.toString());
    assertTrue(err.toString().contains("newsbrief: bad\uFFFD]0;owned.txt: empty file"), err.toString());
  }

  // Item 5: Markdown and HTML in titles and text render as the text they are

  @Test
  void item5MarkdownInTitlesAndTextIsEscaped() throws IOException {
    jsonl("Heading\n\n# INJECTED [Click](javascript:alert(1)) <script>alert(1)</script>", "</a><a href=\"http://evil\">",
        "# Not a heading and [a link](http://evil.example) and *stars* and <b>bold</b> are text in this first sentence here.\n\n");
    assertEquals(0, run("summarize", "feed.jsonl", "--format", "markdown", "--sentences", "8"), err.toString());
    String markdown = out.toString();
    assertFalse(markdown.contains("\n# INJECTED"), markdown);
    assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(").matcher(markdown).find(), markdown);
    assertFalse(rawAngle(markdown), markdown);
    assertTrue(markdown.contains("Heading # INJECTED [Click\\](javascript:alert(1)) \\<script>alert(1)\\</script>"), markdown);
    assertTrue(markdown.contains("\\</a>\\<a href=\"http://evil\">"), markdown);
  }

  @Test
  void item5AMetaTitleUnderAlsoReportedIsEscaped() throws IOException {
    Path in = Files.createDirectories(dir.resolve("day"));
    Path corpus = TestSupport.projectDir().resolve("corpus");
    for (String name : List.of("shafaq-israel-denies-truce", "israel-denies-truce-rewrite", "new-arab-iraqi-factions-halt-attacks")) {
      Files.copy(corpus.resolve(name + ".txt"), in.resolve(name + ".txt"));
    }
    Files.writeString(in.resolve("storm.txt"), "A storm closed the port of Valen for two days, the harbour master said on Sunday.\n");
    Files.writeString(in.resolve("storm.meta"), "title: </a><a href=\"http://evil\">Storm\n");
    assertEquals(0, run("brief", in.toString(), "--stories", "1", "-o", "-"), err.toString());
    String markdown = out.toString();
    assertFalse(rawAngle(markdown), markdown);
    assertTrue(markdown.contains("- \\</a>\\<a href=\"http://evil\">Storm [4]"), markdown);
  }

  // Item 7: writing onto an input

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"a.txt b.txt -o a.txt; a.txt", "news -o news/a.txt; news/a.txt", "news/*.txt -o news/b.txt; news/b.txt"})
  void item7WritingOntoAnInputIsAUsageError(String args, String target) throws IOException {
    Files.createDirectories(dir.resolve("news"));
    corpusFile("shafaq-israel-denies-truce", "a.txt");
    corpusFile("new-region-iraq-accuses-israel", "b.txt");
    corpusFile("shafaq-israel-denies-truce", "news/a.txt");
    corpusFile("new-region-iraq-accuses-israel", "news/b.txt");
    byte[] before = Files.readAllBytes(dir.resolve(target));
    List<String> all = new ArrayList<>(List.of("summarize"));
    all.addAll(Arrays.asList(args.split(" ")));
    assertEquals(2, run(all.toArray(String[]::new)));
    assertEquals("newsbrief: -o " + target + ": is one of the inputs (write the brief to another file)\n", err.toString());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(dir.resolve(target)));
  }

  // Item 8: a failed write on standard output

  /** A standard output that cannot be written, like {@code > /dev/full}. */
  private static PrintWriter full() {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void close() {}
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"summarize a.txt", "summarize a.txt --format json", "brief in -o -", "completion", "--help"})
  void item8AFailedWriteOnStandardOutputIsExitOne(String args) throws IOException {
    corpusFile("shafaq-israel-denies-truce", "a.txt");
    Files.createDirectories(dir.resolve("in"));
    corpusFile("shafaq-israel-denies-truce", "in/a.txt");
    String[] command = args.replace(" in ", " " + dir.resolve("in") + " ").split(" ");
    assertEquals(1, runWith(full(), "", command), err.toString());
    assertEquals("newsbrief: standard output: cannot write (is the disk full, or the reading end of the pipe closed?)\n",
        err.toString());
  }

  // Item 13: bench's counts

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "--runs 0; newsbrief: --runs 0: must be at least 1 (e.g. --runs 3)",
      "--sizes -5; newsbrief: --sizes -5: must be at least 1 (e.g. --sizes 100,300,1000)",
      "--sizes 100,0; newsbrief: --sizes 0: must be at least 1 (e.g. --sizes 100,300,1000)"})
  void item13BadBenchCountsAreUsageErrors(String args, String message) {
    List<String> all = new ArrayList<>(List.of("bench", "--eval", dir.resolve("nowhere").toString()));
    all.addAll(Arrays.asList(args.split(" ")));
    assertEquals(2, run(all.toArray(String[]::new)));
    assertEquals(message + "\n", err.toString());
  }

  // Item 15: messages

  @Test
  void item15ARepeatedLengthIsSaidInWords() throws IOException {
    corpusFile("shafaq-israel-denies-truce", "a.txt");
    assertEquals(2, run("summarize", "a.txt", "--words", "100", "--words", "200"));
    assertEquals("newsbrief: --words given more than once (give it once; see 'newsbrief summarize --help')\n", err.toString());
  }

  @Test
  void item15OneSentenceFromOneArticleIsSingular() throws IOException {
    corpusFile("shafaq-israel-denies-truce", "a.txt");
    assertEquals(0, run("summarize", "a.txt", "--sentences", "1", "-o", "brief.md"), err.toString());
    assertTrue(out.toString().matches("wrote brief\\.md: 1 sentence, \\d+ words, from 1 article\\n"), out.toString());
  }

  @Test
  void item6HelpSaysOutputIsUtf8() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("Output is UTF-8 whatever the locale."), out.toString());
  }
}
