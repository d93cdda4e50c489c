package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputCollectorTest {
  static final String SAVE = ", not an article (save the article as text or HTML)";
  static final String PAGE = "<!doctype html><html><head><title>Page title</title>"
      + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-11-22\","
      + "\"publisher\":{\"name\":\"The New Region\"}}</script></head>"
      + "<body><nav><a href='/'>Home</a></nav><!-- ad --><article><p>Iraq accused Israel.</p>"
      + "<p>Leaders warned of strikes.</p></article><footer>(c)</footer></body></html>";

  @TempDir Path dir;

  private InputCollector collector() {
    return collector("");
  }

  private InputCollector collector(String stdin) {
    return new InputCollector(dir, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
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

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static List<String> ids(InputBatch batch) {
    return batch.articles().stream().map(Article::id).toList();
  }

  private static List<String> origins(InputBatch batch) {
    return batch.articles().stream().map(Article::origin).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Bad input: one problem each, with the exact message

  static Stream<Arguments> badFiles() {
    String notText = "not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)";
    return Stream.of(
        Arguments.of("latin1.txt", "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1), "latin1.txt: " + notText),
        Arguments.of("scan.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "scan.pdf: looks like a PDF" + SAVE),
        Arguments.of("story.txt", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0), "story.txt: looks like a PNG image" + SAVE),
        Arguments.of("photo.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE1), "photo.jpg: looks like a JPEG image" + SAVE),
        Arguments.of("report.docx", bytes('P', 'K', 3, 4, 10, 0), "report.docx: looks like a zip archive" + SAVE),
        Arguments.of("news.txt.gz", bytes(0x1F, 0x8B, 8, 0), "news.txt.gz: looks like a gzip archive" + SAVE),
        Arguments.of("data.bin", bytes('a', 0, 'b'), "data.bin: looks like a binary file (it holds NUL bytes)" + SAVE),
        Arguments.of("empty.txt", new byte[0],
            "empty.txt: empty file (nothing to summarize; write the article into it, or leave it out)"),
        Arguments.of("blank.html", " \n\t\u00a0\r\n".getBytes(StandardCharsets.UTF_8),
            "blank.html: empty file (nothing to summarize; write the article into it, or leave it out)"),
        Arguments.of("bom-only.txt", bytes(0xEF, 0xBB, 0xBF),
            "bom-only.txt: empty file (nothing to summarize; write the article into it, or leave it out)"),
        Arguments.of("huge.txt", ("Title\n" + "a".repeat(1_000_001) + "\n").getBytes(StandardCharsets.UTF_8),
            "huge.txt:2: a single line of 1,000,001 characters (more than 1,000,000 without a line break is not "
                + "article text; is it the right file? break it into paragraphs)"),
        Arguments.of("nav.html", "<html><body><nav><p>Home</p></nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8),
            "nav.html: no article text found in this HTML page (is it the full page? try --input-format text)"),
        Arguments.of("a.meta", "title: T\n".getBytes(StandardCharsets.UTF_8),
            "a.meta: a metadata sidecar, not an article (name the .txt or .html file beside it)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileIsOneProblem(String name, byte[] content, String message) throws IOException {
    write(name, content);
    InputBatch batch = collector().collect(List.of(name));
    assertEquals(List.of(), batch.articles());
    assertEquals(List.of(message), batch.problemLines());
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> collector().strict(true).collect(List.of(name)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aLongLineIsFineUpToTheLimitAndInHtml() throws IOException {
    write("long.txt", "a".repeat(ArticleReader.MAX_LINE));
    write("minified.html", "<html><body><p>" + "word ".repeat(300_000) + "</p></body></html>");
    assertEquals(List.of("long", "minified"), ids(collector().collect(List.of("long.txt", "minified.html"))));
  }

  static Stream<Arguments> badPaths() {
    return Stream.of(
        Arguments.of("missing.txt", "missing.txt: no such file or folder (check the path)"),
        Arguments.of("no/such/folder", "no/such/folder: no such file or folder (check the path)"),
        Arguments.of("nowhere/*.txt", "nowhere/*.txt: no files match this pattern (check the pattern and the folder it starts from)"),
        Arguments.of("*.xml", "*.xml: no files match this pattern (check the pattern and the folder it starts from)"),
        Arguments.of("[a-", "[a-: not a valid glob pattern (close every [ and {; write e.g. 'articles/*.html' or '**/*.txt', quoted)"),
        Arguments.of("", "'': empty path (name a file or folder)"),
        // Issue 15, item 15: it was "no such file or folder", and inside a folder "check its permissions".
        Arguments.of("a".repeat(300) + ".txt", "a".repeat(300) + ".txt: path too long to open (a name of more than 255 "
            + "bytes, or a path of more than 4,096; shorten or move it)"));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource("badPaths")
  void badPathIsOneProblem(String input, String message) throws IOException {
    write("present.txt", "A story.");
    InputBatch batch = collector().collect(List.of(input, "present.txt"));
    assertEquals(List.of("present"), ids(batch));
    assertEquals(List.of(message), batch.problemLines());
  }

  @Test
  void folderWithoutArticles() throws IOException {
    Files.createDirectories(dir.resolve("nothing"));
    write("pictures/a.png", bytes(0x89, 'P', 'N', 'G'));
    write("pictures/.hidden.txt", "hidden");
    write("pictures/orphan.meta", "title: T");
    InputBatch batch = collector().collect(List.of("nothing", "pictures/"));
    assertEquals(List.of(
        "nothing: no articles in this folder (no .txt, .html or .jsonl files in it or its subfolders; put one article per file here)",
        "pictures/: no articles in this folder (no .txt, .html or .jsonl files in it or its subfolders; 1 other file passed over; "
            + "put one article per file here)"), batch.problemLines());
    assertEquals(List.of("pictures/a.png"), batch.skipped());
  }

  /**
   * Issue 15, item 15: a folder that cannot be read is one problem (it was two: the folder, then "no
   * articles in this folder"), named as typed. Root reads every folder, so as root the collector
   * runs in a process of the user nobody.
   */
  @Test
  void anUnreadableFolderIsOneProblem() throws Exception {
    write("locked/a.txt", "A story.");
    write("open.txt", "Another story.");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("---------"));
    List<String> problems;
    try {
      problems = "root".equals(System.getProperty("user.name"))
          ? asNobody(UnreadableFolderProbe.class, "locked", "open.txt")
          : collector().collect(List.of("locked", "open.txt")).problemLines();
    } finally {
      Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
    }
    assertEquals(List.of("locked: cannot read this folder: permission denied (check its permissions)"), problems);
  }

  /** The problem lines of {@link UnreadableFolderProbe} run as the user nobody in {@code dir}. */
  private List<String> asNobody(Class<?> probe, String... inputs) throws Exception {
    Path classes = Path.of(InputCollector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path testClasses = Path.of(probe.getProtectionDomain().getCodeSource().getLocation().toURI());
    // The local repository under /root is not nobody's to read: the libraries the reader needs are copied out.
    StringBuilder classPath = new StringBuilder(classes + File.pathSeparator + testClasses);
    Path jars = Files.createDirectories(dir.resolve(".jars"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      String name = jar.getFileName().toString();
      if (name.endsWith(".jar") && (name.startsWith("jackson-") || name.startsWith("jsoup-"))) {
        classPath.append(File.pathSeparator).append(Files.copy(jar, jars.resolve(name)));
      }
    }
    List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "-cp", classPath.toString(), probe.getName()));
    command.addAll(List.of(inputs));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Assumptions.assumeTrue(process.waitFor() == 0, "cannot run as the user nobody: " + output);
    return output.lines().toList();
  }

  /** Collects its arguments in the working folder and prints the problem lines. */
  static final class UnreadableFolderProbe {
    public static void main(String[] args) {
      new InputCollector(Path.of("").toAbsolutePath(), InputStream.nullInputStream()).collect(List.of(args))
          .problemLines().forEach(System.out::println);
    }
  }

  @Test
  void badSidecarIsTheArticlesProblem() throws IOException {
    write("in/a.txt", "A story.");
    write("in/a.meta", "title: T\nno colon here\n");
    InputBatch batch = collector().collect(List.of("in/a.txt"));
    assertEquals(List.of("in/a.meta:2: not a 'key: value' line (write e.g. 'date: 2024-11-28', or start the line with #)"),
        batch.problemLines());
  }

  @Test
  void noInputsAtAll() {
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> collector().collect(List.of()));
    assertEquals("no input given (name article files, folders or glob patterns, or - for standard input)", e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // Every kind of input

  @Test
  void textFileInUtf16WithBom() throws IOException {
    byte[] text = "Élan vital.\r\n\r\nSecond paragraph.\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] file = new byte[text.length + 2];
    file[0] = (byte) 0xFF;
    file[1] = (byte) 0xFE;
    System.arraycopy(text, 0, file, 2, text.length);
    write("utf16.txt", file);
    InputBatch batch = collector().collect(List.of("utf16.txt"));
    assertEquals(List.of(new Article("utf16", "utf16.txt", "Élan vital.\r\n\r\nSecond paragraph.\r\n", ArticleMetadata.EMPTY)),
        batch.articles());
  }

  @Test
  void htmlPageWithSidecarOverridingWhatThePageStates() throws IOException {
    write("pages/region.html", PAGE);
    write("pages/region.meta", "# checked by hand\ntitle: Iraq accuses Israel\nauthor: Staff\n");
    InputBatch batch = collector().collect(List.of("pages/region.html"));
    assertEquals(List.of(new Article("region", "pages/region.html", "Iraq accused Israel.\n\nLeaders warned of strikes.\n",
        new ArticleMetadata(Optional.of("Iraq accuses Israel"), Optional.of("The New Region"),
            Optional.of(LocalDate.of(2024, 11, 22)), Optional.empty(), Map.of("author", "Staff")))), batch.articles());
  }

  @Test
  void htmlWithoutHtmlExtensionIsDetectedAndFormatCanBeForced() throws IOException {
    write("saved.txt", PAGE);
    assertEquals("Iraq accused Israel.\n\nLeaders warned of strikes.\n",
        collector().collect(List.of("saved.txt")).articles().get(0).text());
    assertEquals(PAGE, collector().withFormat(InputFormat.TEXT).collect(List.of("saved.txt")).articles().get(0).text());
  }

  @Test
  void jsonLinesWithTwoArticlesAndABadLine() throws IOException {
    write("feeds/wire.jsonl", """
        {"id": "a1", "title": "Truce denied", "source": "Shafaq News", "date": "2024-11-28", "text": "Elkin denied a truce."}
        {"title": "Broken", "text": "no closing brace"
        {"title": "Reined in", "source": "Reuters", "date": "2024-11-01T12:00:00Z", "url": "https://reuters.com/x", "text": "Iraq acts."}
        """);
    InputBatch batch = collector().collect(List.of("feeds"));
    assertEquals(List.of("a1", "wire-3"), ids(batch));
    assertEquals(List.of("feeds/wire.jsonl:1", "feeds/wire.jsonl:3"), origins(batch));
    assertEquals(Optional.of("Reuters"), batch.articles().get(1).metadata().outlet());
    assertEquals(List.of("feeds/wire.jsonl:2: not a JSON object (write one article per line, e.g. {\"title\": \"...\", \"text\": \"...\"})"),
        batch.problemLines());
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> collector().strict(true).collect(List.of("feeds")));
    assertEquals("feeds/wire.jsonl:2: not a JSON object (write one article per line, e.g. {\"title\": \"...\", \"text\": \"...\"})",
        e.getMessage());
  }

  static Stream<Arguments> standardInputs() {
    return Stream.of(
        Arguments.of("one article", "Only story.\n", List.of("stdin"), List.of("<stdin>"), List.of("Only story.\n")),
        Arguments.of("three, separated by ---", "First.\n---\n\nSecond,\nline two.\n\n  ---  \nThird.",
            List.of("stdin-1", "stdin-2", "stdin-3"), List.of("<stdin>:1", "<stdin>:4", "<stdin>:8"),
            List.of("First.\n", "Second,\nline two.\n", "Third.\n")),
        Arguments.of("leading and doubled separators", "---\nA.\n---\n---\nB.\n---\n",
            List.of("stdin-1", "stdin-2"), List.of("<stdin>:2", "<stdin>:5"), List.of("A.\n", "B.\n")),
        Arguments.of("--- inside a line is text", "A --- B\n", List.of("stdin"), List.of("<stdin>"), List.of("A --- B\n")),
        // Issue 15, item 16: cat a.txt <(echo ---) b.txt, where a.txt does not end with a line break.
        Arguments.of("--- glued to the end of an article", "First story.\nLeave a Reply---\nSecond story.\n",
            List.of("stdin-1", "stdin-2"), List.of("<stdin>:1", "<stdin>:3"),
            List.of("First story.\nLeave a Reply\n", "Second story.\n")),
        Arguments.of("--- glued after a full stop", "It ended.---\nB.", List.of("stdin-1", "stdin-2"),
            List.of("<stdin>:1", "<stdin>:2"), List.of("It ended.\n", "B.\n")),
        Arguments.of("a longer run of dashes is text", "A ----\nB\n", List.of("stdin"), List.of("<stdin>"), List.of("A ----\nB\n")),
        Arguments.of("JSON Lines", "{\"text\": \"J1\"}\n{\"text\": \"J2\"}\n",
            List.of("stdin-1", "stdin-2"), List.of("<stdin>:1", "<stdin>:2"), List.of("J1", "J2")),
        Arguments.of("an HTML page", PAGE, List.of("stdin"), List.of("<stdin>"),
            List.of("Iraq accused Israel.\n\nLeaders warned of strikes.\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardInputs")
  void standardInput(String name, String input, List<String> ids, List<String> origins, List<String> texts) {
    InputBatch batch = collector(input).collect(List.of("-"));
    assertEquals(ids, ids(batch));
    assertEquals(origins, origins(batch));
    assertEquals(texts, batch.articles().stream().map(Article::text).toList());
    assertEquals(List.of(), batch.problems());
  }

  @Test
  void badStandardInput() {
    assertEquals(List.of("<stdin>: empty input (pipe an article in, or name files instead of -)"),
        collector(" \n").collect(List.of("-")).problemLines());
    assertEquals(List.of("<stdin>: empty input (only --- separators; pipe an article in, or name files instead of -)"),
        collector("---\n\n---\n").collect(List.of("-")).problemLines());
    InputStream pdf = new ByteArrayInputStream("%PDF-1.5".getBytes(StandardCharsets.US_ASCII));
    assertEquals(List.of("<stdin>: looks like a PDF" + SAVE),
        new InputCollector(dir, pdf).collect(List.of("-")).problemLines());
    InputBatch twice = collector("Story.").collect(List.of("-", "-"));
    assertEquals(List.of("stdin"), ids(twice));
    assertEquals(List.of("-: standard input named twice (name - once)"), twice.problemLines());
  }

  @Test
  void folderIsReadRecursivelyInSortedOrder() throws IOException {
    write("corpus/b.txt", "B story.");
    write("corpus/a.txt", "A story.");
    write("corpus/a.meta", "outlet: Outlet A\ndate: 2024-11-28\n");
    write("corpus/sub/c.html", PAGE);
    write("corpus/sub/deeper/d.md", "D story.");
    write("corpus/.git/config.txt", "hidden folder");
    write("corpus/.draft.txt", "hidden file");
    write("corpus/saved.html", PAGE);
    write("corpus/saved_files/frame.html", "<html><body><p>An ad frame.</p></body></html>");
    write("corpus/logo.png", bytes(0x89, 'P', 'N', 'G'));
    write("corpus/notes.docx", bytes('P', 'K', 3, 4));
    InputBatch batch = collector().collect(List.of("corpus"));
    assertEquals(List.of("corpus/a.txt", "corpus/b.txt", "corpus/saved.html", "corpus/sub/c.html", "corpus/sub/deeper/d.md"),
        origins(batch));
    assertEquals(List.of("a", "b", "saved", "c", "d"), ids(batch));
    assertEquals(Optional.of("Outlet A"), batch.articles().get(0).metadata().outlet());
    assertEquals(List.of("corpus/logo.png", "corpus/notes.docx"), batch.skipped());
    assertEquals(List.of(), batch.problems());
  }

  @Test
  void globPatterns() throws IOException {
    write("articles/one.html", PAGE);
    write("articles/two.html", PAGE.replace("Iraq accused", "Baghdad accused"));
    write("articles/three.txt", "Three.");
    write("articles/three.meta", "title: Three");
    write("articles/old/four.txt", "Four.");
    write("articles/.hidden.txt", "Hidden.");
    write("top.txt", "Top.");
    assertEquals(List.of("articles/one.html", "articles/two.html"), origins(collector().collect(List.of("articles/*.html"))));
    assertEquals(List.of("articles/old/four.txt", "articles/three.txt", "top.txt"),
        origins(collector().collect(List.of("**/*.txt"))));
    assertEquals(List.of("articles/old/four.txt", "articles/three.txt"),
        origins(collector().collect(List.of("articles/**/*.txt"))));
    assertEquals(List.of("articles/.hidden.txt"), origins(collector().collect(List.of("articles/.*.txt"))));
    assertEquals(List.of("articles/one.html", "articles/three.txt", "articles/two.html"),
        origins(collector().collect(List.of("articles/*"))));
    assertEquals(Optional.of("Three"), collector().collect(List.of("articles/t*.txt")).articles().get(0).metadata().title());
    String absolute = dir.resolve("articles").toString() + "/{one,two}.html";
    assertEquals(List.of(absolute.replace("{one,two}", "one"), absolute.replace("{one,two}", "two")),
        origins(collector().collect(List.of(absolute))));
  }

  @Test
  void aLiteralPathWithGlobCharactersIsAPath() throws IOException {
    write("odd[1].txt", "Odd name.");
    assertEquals(List.of("odd[1].txt"), origins(collector().collect(List.of("odd[1].txt"))));
  }

  @Test
  void idsAreUniqueAndEachFileIsReadOnce() throws IOException {
    write("a/x.txt", "From a.");
    write("b/x.txt", "From b.");
    write("x-2.txt", "The real x-2.");
    write("c/x.txt", "From c.");
    InputBatch batch = collector().collect(List.of("a/x.txt", "b/x.txt", "x-2.txt", "c", "a", "*/x.txt"));
    assertEquals(List.of("x", "x-3", "x-2", "x-4"), ids(batch));
    assertEquals(List.of("a/x.txt", "b/x.txt", "x-2.txt", "c/x.txt"), origins(batch));
  }

  @Test
  void goodInputsAreKeptBesideBadOnes() throws IOException {
    write("good.txt", "A good story.");
    write("bad.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    write("empty.txt", "");
    InputBatch batch = collector().collect(List.of("good.txt", "bad.txt", "missing", "empty.txt"));
    assertEquals(List.of("good"), ids(batch));
    assertEquals(List.of(
        "bad.txt: not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)",
        "missing: no such file or folder (check the path)",
        "empty.txt: empty file (nothing to summarize; write the article into it, or leave it out)"), batch.problemLines());
    assertEquals(batch.articles(), batch.requireArticles());
    NewsbriefException e = assertThrows(NewsbriefException.class,
        () -> collector().strict(true).collect(List.of("good.txt", "bad.txt", "missing")));
    assertEquals("bad.txt: not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)", e.getMessage());
  }

  @Test
  void emptyOneTwoFolder() throws IOException {
    Files.createDirectories(dir.resolve("f"));
    InputBatch none = collector().collect(List.of("f"));
    assertEquals(List.of(), none.articles());
    NewsbriefException e = assertThrows(NewsbriefException.class, none::requireArticles);
    assertEquals("f: no articles in this folder (no .txt, .html or .jsonl files in it or its subfolders; put one article per file here)",
        e.getMessage());
    write("f/one.txt", "One.");
    assertEquals(List.of("one"), ids(collector().collect(List.of("f"))));
    write("f/two.txt", "Two.");
    assertEquals(List.of("one", "two"), ids(collector().collect(List.of("f"))));
  }

  @Test
  void requireArticlesWithSeveralProblems() {
    InputBatch batch = collector().collect(List.of("nope1", "nope2"));
    NewsbriefException e = assertThrows(NewsbriefException.class, batch::requireArticles);
    assertEquals("none of the inputs could be read (2 problems, listed above; fix them and run again)", e.getMessage());
  }
}
