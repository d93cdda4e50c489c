package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsbrief.SummaryOptions;
import newsbrief.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code newsbrief summarize} driven through picocli with captured output: every kind of input,
 * every kind of bad input (exit code and the one line on standard error), the output formats and
 * the conventions. Paths are relative to a temporary working folder, as a user types them.
 */
class SummarizeCommandTest {
  static final String SHAFAQ = "shafaq-israel-denies-truce";
  static final String REWRITE = "israel-denies-truce-rewrite";
  static final String NEW_ARAB = "new-arab-iraqi-factions-halt-attacks";
  static final String NEW_REGION = "new-region-iraq-accuses-israel";
  static final String SAVE = ", not an article (save the article as text or HTML)";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return runWith("", false, args);
  }

  private int runWith(String stdin, boolean terminal, String... args) {
    return runIn(dir, stdin.getBytes(StandardCharsets.UTF_8), terminal, args);
  }

  private int runIn(Path workingDir, byte[] stdin, boolean terminal, String... args) {
    CliEnvironment environment = new CliEnvironment(workingDir, new ByteArrayInputStream(stdin),
        TestSupport::coreNlp, terminal, 60);
    CommandLine commandLine = Main.commandLine(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("summarize"));
    all.addAll(Arrays.asList(args));
    return commandLine.execute(all.toArray(String[]::new));
  }

  static String corpusText(String name) throws IOException {
    return Files.readString(TestSupport.projectDir().resolve("corpus").resolve(name + ".txt"));
  }

  /** Copies a corpus article (and its sidecar) to {@code relative} under the working folder. */
  private Path copy(String name, String relative) throws IOException {
    Path target = write(relative, corpusText(name));
    Path meta = TestSupport.projectDir().resolve("corpus").resolve(name + ".meta");
    String stem = relative.substring(0, relative.lastIndexOf('.'));
    Files.copy(meta, dir.resolve(stem + ".meta"));
    return target;
  }

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  /** The numbered source lines of the text output. */
  private List<String> sources() {
    String text = out.toString();
    return text.substring(text.indexOf("\nSources\n") + "\nSources\n".length()).lines().toList();
  }

  private List<String> errLines() {
    return err.toString().lines().toList();
  }

  private void assertNoTrace() {
    assertFalse(err.toString().contains("\tat "), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // Every kind of input

  @Test
  void summarizesOneFileAsPlainText() throws IOException {
    copy(SHAFAQ, "a.txt");
    assertEquals(0, run("a.txt"), err.toString());
    assertTrue(out.toString().startsWith("Brief, 2024-11-28\n1 article from 1 outlet. "), out.toString());
    assertTrue(out.toString().contains("\n1. "), out.toString());
    assertEquals(List.of("[1] Shafaq News, 2024-11-28 (a.txt)"), sources());
    assertEquals("", err.toString());
  }

  @Test
  void readsFoldersRecursivelyAndGlobPatterns() throws IOException {
    copy(SHAFAQ, "news/iraq/shafaq.txt");
    copy(NEW_REGION, "news/region.txt");
    write("news/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    assertEquals(0, run("news"), err.toString());
    assertEquals(2, sources().size(), out.toString());
    assertEquals("", err.toString(), "a file of another kind inside a folder is passed over quietly");

    out.getBuffer().setLength(0);
    assertEquals(0, run("news/**/*.txt", "--verbose"), err.toString());
    assertEquals(2, sources().size(), out.toString());
    assertTrue(sources().get(0).endsWith("(news/region.txt)"), sources().toString());
  }

  @Test
  void readsOneArticleFromStandardInput() throws IOException {
    assertEquals(0, runWith(corpusText(SHAFAQ), false, "-"), err.toString());
    assertEquals(List.of("[1] Outlet not stated, date not stated (<stdin>)"), sources());
  }

  @Test
  void readsSeveralArticlesFromStandardInputSeparatedByDashes() throws IOException {
    String stdin = corpusText(SHAFAQ) + "\n---\n" + corpusText(NEW_ARAB);
    assertEquals(0, runWith(stdin, false, "-", "--sentences", "4"), err.toString());
    assertEquals(2, sources().size(), out.toString());
    assertTrue(sources().get(0).endsWith("(<stdin>:1)"), sources().toString());
  }

  @Test
  void readsHtmlPagesDetectedByContentUnlessTheInputFormatIsForced() throws IOException {
    String page = "<!doctype html><html><head><title>Iraq warns of strikes</title>"
        + "<meta property='og:site_name' content='The New Region'></head><body><nav>Home | World</nav><article>"
        + corpusText(NEW_REGION).lines().map(l -> "<p>" + l + "</p>").reduce("", String::concat)
        + "</article></body></html>";
    write("saved.txt", page);
    assertEquals(0, run("saved.txt"), err.toString());
    assertTrue(sources().get(0).startsWith("[1] The New Region, \"Iraq warns of strikes\""), sources().toString());
    assertFalse(out.toString().contains("<p>"), out.toString());

    err.getBuffer().setLength(0);
    assertEquals(3, run("saved.txt", "--input-format", "TEXT"), "read as text, a page on one line has no sentence");
    assertTrue(err.toString().startsWith("newsbrief: saved.txt: no sentence to summarize"), err.toString());
  }

  @Test
  void theInputFormatCanBeForced() throws IOException {
    write("fragment.txt", corpusText(NEW_REGION).lines().map(l -> "<p>" + l + "</p>\n").reduce("", String::concat));
    assertEquals(3, run("fragment.txt"), "without <html> or <body>, a fragment is taken for text");
    assertTrue(err.toString().endsWith("for a web page, try --input-format html)\n"), err.toString());

    err.getBuffer().setLength(0);
    assertEquals(0, run("fragment.txt", "--input-format", "html"), err.toString());
    assertFalse(out.toString().contains("</p>"), out.toString());
  }

  @Test
  void readsJsonLines() throws IOException {
    ObjectMapper json = new ObjectMapper();
    String lines = json.writeValueAsString(Map.of("id", "one", "text", corpusText(SHAFAQ), "date", "2024-11-28"))
        + "\n" + json.writeValueAsString(Map.of("id", "two", "text", corpusText(NEW_ARAB))) + "\n";
    write("feed.jsonl", lines);
    assertEquals(0, run("feed.jsonl", "--sentences", "3"), err.toString());
    assertEquals(2, sources().size(), out.toString());
  }

  @Test
  void readsUtf16WithAByteOrderMark() throws IOException {
    byte[] text = corpusText(SHAFAQ).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    write("utf16.txt", bytes);
    assertEquals(0, run("utf16.txt"), err.toString());
  }

  @Test
  void copiesAreReportedAndCountedOnce() throws IOException {
    copy(SHAFAQ, "a.txt");
    write("b.txt", corpusText(SHAFAQ));
    write("c.txt", corpusText(SHAFAQ).replace("Shafaq News", "Shafaq News Agency") + "\nShare this story.\n");
    copy(NEW_ARAB, "d.txt");
    assertEquals(0, run("a.txt", "b.txt", "c.txt", "d.txt"), err.toString());
    assertEquals(List.of("newsbrief: 2 articles look like copies of a.txt (dropped, counted once): b.txt (same text), "
        + "c.txt (near copy, 95% alike by 5-word runs)"), errLines());
    assertEquals(2, sources().size(), out.toString());
  }

  @Test
  void dateWindowIsAppliedBeforeCopiesAreDropped() throws IOException {
    copy(SHAFAQ, "original.txt");
    write("copy.txt", corpusText(SHAFAQ));
    write("copy.meta", "date: 2024-12-02\n");
    copy(NEW_REGION, "region.txt");
    assertEquals(0, run("original.txt", "copy.txt", "region.txt", "--since", "2024-12-01", "--until", "2024-12-31"),
        err.toString());
    assertEquals(List.of("newsbrief: 2 articles left out, dated outside the window 2024-12-01 to 2024-12-31: "
        + "original.txt (2024-11-28), region.txt (2024-11-22)"), errLines(), "the copy inside the window survives");
    assertEquals(List.of("[1] Outlet not stated, 2024-12-02 (copy.txt)"), sources());
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  @Test
  void markdownIsTheDailyBriefByteForByte() throws IOException {
    assertEquals(0, runIn(TestSupport.projectDir(), new byte[0], false, "corpus", "--format", "markdown"), err.toString());
    assertEquals(Files.readString(TestSupport.projectDir().resolve("summaries/daily-brief.md")), out.toString());
  }

  @Test
  void jsonOfASmallFixedInputMatchesItsGoldenFile() throws IOException {
    assertEquals(0, runIn(TestSupport.projectDir(), new byte[0], false, "corpus/" + SHAFAQ + ".txt",
        "corpus/" + REWRITE + ".txt", "--sentences", "2", "--format", "json", "--explain"), err.toString());
    TestSupport.assertGolden("newsbrief/cli/summarize-explain.json", out.toString());
  }

  @Test
  void jsonOffsetsPointIntoTheArticleText() throws IOException {
    copy(SHAFAQ, "a.txt");
    copy(REWRITE, "b.txt");
    assertEquals(0, run("a.txt", "b.txt", "--format", "json", "--explain"), err.toString());
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertEquals(1, root.get("stories").size());
    for (JsonNode sentence : root.get("stories").get(0).get("brief").get("sentences")) {
      String text = Files.readString(dir.resolve(sentence.get("article").get("origin").asText()));
      assertEquals(sentence.get("text").asText(), text.substring(sentence.get("begin").asInt(), sentence.get("end").asInt()));
      for (JsonNode duplicate : sentence.get("explanation").get("nearDuplicates")) {
        String other = Files.readString(dir.resolve(duplicate.get("origin").asText()));
        assertEquals(duplicate.get("text").asText(), other.substring(duplicate.get("begin").asInt(), duplicate.get("end").asInt()));
        assertTrue(duplicate.get("similarity").asDouble()
            >= root.get("settings").get("selection").get("redundancyThreshold").asDouble());
      }
    }
    assertEquals("words", root.get("settings").get("budget").get("unit").asText());
    assertEquals(200, root.get("settings").get("budget").get("limit").asInt());
    assertEquals("factcoverage", root.get("settings").get("selection").get("selection").get("technique").asText());
  }

  @Test
  void writesAFileWholeWithTheFormatOfItsExtension() throws IOException {
    copy(SHAFAQ, "a.txt");
    assertEquals(0, run("a.txt", "-o", "out/brief.json"), err.toString());
    Path target = dir.resolve("out/brief.json");
    assertEquals(1, new ObjectMapper().readTree(target.toFile()).get("articleCount").asInt());
    assertTrue(out.toString().startsWith("wrote out/brief.json: "), out.toString());
    try (Stream<Path> listing = Files.list(target.getParent())) {
      assertEquals(1, listing.count(), "temporary files left behind");
    }
  }

  @Test
  void badInputWritesNoFile() throws IOException {
    write("empty.txt", "");
    assertEquals(3, run("empty.txt", "-o", "brief.md"));
    assertFalse(Files.exists(dir.resolve("brief.md")));
  }

  @Test
  void explainSaysWhyEachSentenceWasChosen() throws IOException {
    copy(SHAFAQ, "a.txt");
    copy(REWRITE, "b.txt");
    assertEquals(0, run("a.txt", "b.txt", "--explain", "--sentences", "2"), err.toString());
    List<String> why = out.toString().lines().filter(l -> l.strip().startsWith("why: ")).toList();
    assertEquals(2, why.size(), out.toString());
    assertTrue(why.stream().allMatch(l -> l.matches(".*centrality 0\\.\\d{4}, \\d+(st|nd|rd|th) of \\d+ sentences; chosen "
        + "(1st|2nd) of 2; .*")), why.toString());
    assertTrue(out.toString().contains("(cosine 0."), out.toString());

    out.getBuffer().setLength(0);
    assertEquals(0, run("a.txt", "b.txt", "--explain", "--sentences", "2", "--format", "markdown"), err.toString());
    assertTrue(out.toString().contains("\n## Why these sentences\n\n1. \""), out.toString());
  }

  @Test
  void textIsWrappedOnATerminalAndOneLinePerSentenceWhenPiped() throws IOException {
    copy(SHAFAQ, "a.txt");
    assertEquals(0, runWith("", true, "a.txt"), err.toString());
    assertTrue(out.toString().lines().allMatch(l -> l.length() <= 60 || !l.contains(" ")), out.toString());
    int wrapped = (int) out.toString().lines().count();

    out.getBuffer().setLength(0);
    assertEquals(0, run("a.txt"), err.toString());
    assertTrue(out.toString().lines().count() < wrapped, out.toString());
    assertTrue(out.toString().lines().anyMatch(l -> l.length() > 60), out.toString());
  }

  @ParameterizedTest
  @CsvSource({"--words,60", "--sentences,2", "--ratio,0.1"})
  void budgetsAreHonoured(String option, String value) throws IOException {
    copy(SHAFAQ, "a.txt");
    copy(NEW_REGION, "b.txt");
    assertEquals(0, run("a.txt", "b.txt", option, value, "--format", "json"), err.toString());
    JsonNode root = new ObjectMapper().readTree(out.toString());
    int words = root.get("wordCount").asInt();
    int sentences = root.get("sentenceCount").asInt();
    assertTrue(sentences >= 1);
    switch (option) {
      case "--words" -> assertTrue(words <= 60, out.toString());
      case "--sentences" -> assertTrue(sentences <= 2, out.toString());
      default -> {
        int inputWords = (corpusText(SHAFAQ) + " " + corpusText(NEW_REGION)).strip().split("\\s+").length;
        assertEquals(Math.round(0.1 * inputWords), root.get("settings").get("budget").get("limit").asInt());
        assertEquals(0.1, root.get("settings").get("ratio").asDouble());
        assertTrue(words <= Math.round(0.1 * inputWords), out.toString());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Usage errors: exit 2, one line

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of("--words", "0"), "newsbrief: --words 0: a budget must be at least 1 (give a positive number)"),
        Arguments.of(List.of("--words", "-5"), "newsbrief: --words -5: a budget must be at least 1 (give a positive number)"),
        Arguments.of(List.of("--sentences", "0"), "newsbrief: --sentences 0: a budget must be at least 1 (give a positive number)"),
        Arguments.of(List.of("--ratio", "0"), "newsbrief: --ratio 0.0: a ratio must be above 0 and at most 1 "
            + "(e.g. --ratio 0.1 for a tenth of the input's words)"),
        Arguments.of(List.of("--ratio", "1.5"), "newsbrief: --ratio 1.5: a ratio must be above 0 and at most 1 "
            + "(e.g. --ratio 0.1 for a tenth of the input's words)"),
        Arguments.of(List.of("--words", "50", "--sentences", "2"),
            "newsbrief: ~--words=N, --sentences=N~ are mutually exclusive (specify only one)"),
        Arguments.of(List.of("--ratio", "0.1", "--words", "50"),
            "newsbrief: ~--words=N, --ratio=R~ are mutually exclusive (specify only one)"),
        Arguments.of(List.of("--format", "pdf"), "newsbrief: --format pdf: not an output format "
            + "(use text, markdown, json or html; --input-format says how to read)"),
        Arguments.of(List.of("--input-format", "pdf"),
            "newsbrief: --input-format pdf: not an input format (use auto, text, html or jsonl)"),
        Arguments.of(List.of("--since", "28/11/2024"),
            "newsbrief: --since: '28/11/2024' is not a date (write YYYY-MM-DD, e.g. 2024-11-28)"),
        Arguments.of(List.of("--since", "2024-12-01", "--until", "2024-11-01"), "newsbrief: --since: 2024-12-01 is after "
            + "--until 2024-11-01 (no article can be in this window; swap the dates)"),
        Arguments.of(List.of("--words", "3"),
            "newsbrief: --words 3: no sentence fits in this budget (the shortest has 20 words; allow more)"),
        Arguments.of(List.of("--colour"), "newsbrief: Unknown option: '--colour' (see 'newsbrief summarize --help')"));
  }

  /**
   * picocli names mutually exclusive options in no fixed order; this sorts them and marks them
   * with ~, as the table of usage errors writes them.
   */
  static String optionsInOrder(String line) {
    Matcher m = Pattern.compile("^newsbrief: (.*) are mutually exclusive").matcher(line);
    if (!m.find()) {
      return line;
    }
    List<String> options = new ArrayList<>(List.of(m.group(1).split(", ")));
    options.sort(Comparator.comparing((String o) -> !o.startsWith("--words")).thenComparing(o -> o));
    return "newsbrief: ~" + String.join(", ", options) + "~" + line.substring(m.end(1));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageErrorsExitTwoWithOneLine(List<String> options, String line) throws IOException {
    copy(SHAFAQ, "a.txt");
    List<String> args = new ArrayList<>(List.of("a.txt"));
    args.addAll(options);
    assertEquals(2, run(args.toArray(String[]::new)));
    assertEquals(List.of(line), errLines().stream().map(SummarizeCommandTest::optionsInOrder).toList());
    assertEquals("", out.toString());
  }

  @Test
  void noPathIsAUsageError() {
    assertEquals(2, run());
    assertEquals(List.of("newsbrief: Missing required parameter: 'PATH' (see 'newsbrief summarize --help')"), errLines());
  }

  // ---------------------------------------------------------------------------------------------
  // Bad input: exit 3, one line naming the input, what went wrong and what to do

  static Stream<Arguments> badFiles() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
    String notText = "not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)";
    return Stream.of(
        Arguments.of("empty.txt", new byte[0], "empty.txt: empty file (nothing to summarize; write the article into it, "
            + "or leave it out)"),
        Arguments.of("furniture.txt", "Leave a Reply\n\nSHARE:\n\nNEWSLETTER\n".getBytes(StandardCharsets.UTF_8),
            "furniture.txt: no sentence to summarize (every line looked like page furniture or was too short; "
                + "is it an article? for a web page, try --input-format html)"),
        Arguments.of("french.txt", ("Les dirigeants irakiens se sont réunis jeudi à Bagdad pour discuter de la sécurité du pays. "
            + "Ils ont promis de nouvelles élections avant la fin de l'année.\n").getBytes(StandardCharsets.UTF_8),
            "french.txt: not English (newsbrief summarizes English articles; newsbrief extract shows the text that was read)"),
        Arguments.of("photo.png", png, "photo.png: looks like a PNG image" + SAVE),
        Arguments.of("paper.pdf", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1), "paper.pdf: looks like a PDF" + SAVE),
        Arguments.of("story.zip", zip, "story.zip: looks like a zip archive" + SAVE),
        Arguments.of("latin1.txt", "Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e.".getBytes(StandardCharsets.ISO_8859_1),
            "latin1.txt: " + notText));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void aBadFileAloneIsUnusableInput(String name, byte[] bytes, String message) throws IOException {
    write(name, bytes);
    assertEquals(3, run(name));
    assertEquals(List.of("newsbrief: " + message), errLines());
    assertEquals("", out.toString());
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void aBadFileAmongGoodOnesIsListedAndTheRestSummarized(String name, byte[] bytes, String message) throws IOException {
    copy(SHAFAQ, "good.txt");
    copy(NEW_REGION, "other.txt");
    write(name, bytes);
    assertEquals(0, run("good.txt", name, "other.txt"));
    assertEquals(List.of("newsbrief: " + message), errLines());
    assertEquals(2, sources().size(), out.toString());
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void strictStopsAtTheFirstBadFile(String name, byte[] bytes, String message) throws IOException {
    copy(SHAFAQ, "good.txt");
    write(name, bytes);
    assertEquals(3, run("good.txt", name, "--strict"));
    assertEquals(List.of("newsbrief: " + message), errLines());
    assertEquals("", out.toString());
  }

  @Test
  void missingPathIsUnusableInput() {
    assertEquals(3, run("nowhere.txt"));
    assertEquals(List.of("newsbrief: nowhere.txt: no such file or folder (check the path)"), errLines());
  }

  @Test
  void folderWithoutArticlesIsUnusableInput() throws IOException {
    write("pictures/a.png", new byte[] {1, 2, 3});
    assertEquals(3, run("pictures"));
    assertEquals(List.of("newsbrief: pictures: no articles in this folder (no .txt, .html or .jsonl files in it or its "
        + "subfolders; 1 other file passed over; put one article per file here)"), errLines());
  }

  @Test
  void patternMatchingNothingIsUnusableInput() {
    assertEquals(3, run("news/*.html"));
    assertEquals(List.of("newsbrief: news/*.html: no files match this pattern (check the pattern and the folder it "
        + "starts from)"), errLines());
  }

  @Test
  void aSingleEnormousLineIsUnusableInput() throws IOException {
    write("dump.txt", "word ".repeat(200_001));
    assertEquals(3, run("dump.txt"));
    assertEquals(List.of("newsbrief: dump.txt:1: a single line of 1,000,005 characters (more than 1,000,000 without a "
        + "line break is not article text; is it the right file? break it into paragraphs)"), errLines());
  }

  @Test
  void anUnreadableFileIsUnusableInput() throws IOException {
    Path file = write("locked.txt", corpusText(SHAFAQ));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(file),
          "running as root, which reads any file whatever its permissions, so chmod 000 cannot make one unreadable");
      assertEquals(3, run("locked.txt"));
      assertEquals(List.of("newsbrief: locked.txt: permission denied (check the file's permissions)"), errLines());
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void emptyStandardInputIsUnusableInput() {
    assertEquals(3, runWith("\n\n", false, "-"));
    assertEquals(List.of("newsbrief: <stdin>: empty input (pipe an article in, or name files instead of -)"), errLines());
  }

  @Test
  void allInputsBadIsUnusableInputListingEach() throws IOException {
    write("empty.txt", "");
    write("paper.pdf", "%PDF-1.4\n");
    assertEquals(3, run("empty.txt", "paper.pdf", "missing.txt"));
    assertEquals(List.of(
        "newsbrief: empty.txt: empty file (nothing to summarize; write the article into it, or leave it out)",
        "newsbrief: paper.pdf: looks like a PDF" + SAVE,
        "newsbrief: missing.txt: no such file or folder (check the path)",
        "newsbrief: none of the inputs could be read (3 problems, listed above; fix them and run again)"), errLines());
    assertNoTrace();
  }

  @Test
  void everyArticleOutsideTheWindowIsUnusableInput() throws IOException {
    copy(SHAFAQ, "a.txt");
    assertEquals(3, run("a.txt", "--until", "2024-01-31"));
    assertEquals(List.of(
        "newsbrief: 1 article left out, dated outside the window up to 2024-01-31: a.txt (2024-11-28)",
        "newsbrief: up to 2024-01-31: every article is dated outside this window (1 left out; widen --since/--until)"),
        errLines());
  }

  @Test
  void stackTracesOnlyWithVerbose() throws IOException {
    assertEquals(3, run("missing.txt"));
    assertNoTrace();
    assertEquals(3, run("missing.txt", "--verbose"));
    assertTrue(err.toString().contains("NewsbriefException"), err.toString());
    assertTrue(err.toString().endsWith("newsbrief: missing.txt: no such file or folder (check the path)\n"), err.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // Conventions

  @Test
  void helpHasExamplesAndExitCodes() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("Examples:\n  newsbrief summarize corpus\n"), out.toString());
    assertTrue(out.toString().contains("Exit codes:"), out.toString());
    assertTrue(out.toString().contains("--input-format=FORMAT"), out.toString());
  }

  @Test
  void versionIsPrinted() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("newsbrief "), out.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--progress", "--no-progress"})
  void noProgressBarForSmallInputsEvenWhenAsked(String option) throws IOException {
    copy(SHAFAQ, "a.txt");
    assertEquals(0, runWith("", true, "a.txt", option));
    assertEquals("", err.toString());
    assertFalse(out.toString().contains("%"), out.toString());
  }
}
