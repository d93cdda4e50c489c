package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsbrief.TestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code newsbrief summarize} as a separate process (the test's own class path, so
 * that {@code mvn test} covers it without a packaged jar) on a folder of good and bad files, as a
 * user would run it. Checks exit codes, the lines on standard error, and the file written.
 */
class SummarizeProcessTest {
  @TempDir Path dir;

  /** What a finished process gave. */
  record Outcome(int exitCode, String out, String err) {}

  @BeforeEach
  void mixedFolder() throws IOException {
    Path corpus = TestSupport.projectDir().resolve("corpus");
    Path news = Files.createDirectories(dir.resolve("news/world"));
    for (String name : List.of(SummarizeCommandTest.SHAFAQ, SummarizeCommandTest.NEW_REGION)) {
      Files.copy(corpus.resolve(name + ".txt"), news.resolve(name + ".txt"));
      Files.copy(corpus.resolve(name + ".meta"), news.resolve(name + ".meta"));
    }
    Files.copy(corpus.resolve(SummarizeCommandTest.SHAFAQ + ".txt"), dir.resolve("news/copy.txt"));
    Files.writeString(dir.resolve("news/empty.txt"), "");
    Files.write(dir.resolve("news/scan.html"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("news/latin1.txt"), "Caf\u00e9 cr\u00e8me.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("news/furniture.md"), "Leave a Reply\n\nSHARE:\n");
    Files.write(dir.resolve("news/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
  }

  private Outcome run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "newsbrief.cli.Main", "summarize"));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("newsbrief did not finish in 3 minutes");
    }
    return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void summarizesTheGoodFilesAndListsTheBadOnes() throws IOException, InterruptedException {
    Outcome outcome = run("news", "-o", "brief.json", "--explain");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertEquals(List.of(
        "newsbrief: news/empty.txt: empty file (nothing to summarize; write the article into it, or leave it out)",
        "newsbrief: news/latin1.txt: not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)",
        "newsbrief: news/scan.html: looks like a PDF, not an article (save the article as text or HTML)",
        "newsbrief: 1 article looks like a copy of news/world/shafaq-israel-denies-truce.txt (dropped, counted once): "
            + "news/copy.txt (same text)",
        "newsbrief: news/furniture.md: no sentence to summarize (every line looked like page furniture or was too "
            + "short; is it an article? for a web page, try --input-format html)"),
        outcome.err().lines().toList());
    assertTrue(outcome.out().startsWith("wrote brief.json: "), outcome.out());

    JsonNode brief = new ObjectMapper().readTree(dir.resolve("brief.json").toFile());
    assertEquals(2, brief.get("articleCount").asInt());
    assertEquals(4, brief.get("input").get("problems").size());
    assertTrue(brief.get("stories").get(0).get("brief").get("sentences").get(0).has("explanation"));
  }

  /** Issue 15, item 6: under LC_ALL=C, Java wrote '?' for every non-ASCII character of the output. */
  @Test
  void outputIsUtf8OutsideAUtf8Locale() throws IOException, InterruptedException {
    Outcome outcome = runIn(java.util.Map.of("LC_ALL", "C"), javaCommand(), "news/world", "--format", "json");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertTrue(outcome.out().contains("\u2019"), outcome.out());
    assertFalse(outcome.out().contains("Shia?"), outcome.out());
  }

  /**
   * Issue 15, item 6: under LC_ALL=C a non-ASCII file name could not be opened. The launcher
   * (src/main/sh/newsbrief) runs Java under C.UTF-8 then; here it runs beside a jar that only
   * names the test's class path, as target/newsbrief.jar is not built by mvn test.
   */
  @Test
  void theLauncherOpensNonAsciiFileNamesOutsideAUtf8Locale() throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path launcher = Files.copy(TestSupport.projectDir().resolve("src/main/sh/newsbrief"), bin.resolve("newsbrief"));
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, "newsbrief.cli.Main");
    StringBuilder classPath = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.append(Path.of(entry).toUri()).append(' ');
    }
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, classPath.toString().strip());
    try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(
        Files.newOutputStream(bin.resolve("newsbrief.jar")), manifest)) {
      jar.flush();
    }
    Path name = Files.copy(dir.resolve("news/world/shafaq-israel-denies-truce.txt"), dir.resolve("caf\u00e9-\u0623\u062e\u0628\u0627\u0631.txt"));
    Outcome outcome = runIn(java.util.Map.of("LC_ALL", "C", "JAVA_HOME", System.getProperty("java.home")),
        List.of("sh", launcher.toString()), name.getFileName().toString());
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertTrue(outcome.out().contains("(caf\u00e9-\u0623\u062e\u0628\u0627\u0631.txt)"), outcome.out());
  }

  private static List<String> javaCommand() {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "newsbrief.cli.Main");
  }

  /** Runs {@code command summarize args} in the test folder with {@code env} added, output read as UTF-8. */
  private Outcome runIn(java.util.Map<String, String> env, List<String> command, String... args)
      throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(command);
    all.add("summarize");
    all.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(all).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("LANG");
    builder.environment().remove("LC_CTYPE");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("newsbrief did not finish in 3 minutes");
    }
    return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Issue 15, item 16: the README's example, as written, gives two articles (a.txt lacks a final newline). */
  @Test
  void theReadmeStandardInputExampleGivesTwoArticles() throws IOException, InterruptedException {
    Path corpus = TestSupport.projectDir().resolve("corpus");
    Files.copy(corpus.resolve("times-of-israel-reuters-iraq-reins-in-groups.txt"), dir.resolve("a.txt"));
    Files.copy(corpus.resolve("new-region-iraq-accuses-israel.txt"), dir.resolve("b.txt"));
    List<String> java = javaCommand();
    String line = "cat a.txt <(echo ---) b.txt | " + String.join(" ", java.stream().map(a -> "'" + a + "'").toList())
        + " summarize - --format json";
    Process process = new ProcessBuilder("bash", "-c", line).directory(dir.toFile()).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    JsonNode brief = new ObjectMapper().readTree(printed);
    assertEquals(2, brief.get("input").get("articlesRead").asInt(), printed);
  }

  @Test
  void strictStopsAtTheFirstBadFileAndWritesNothing() throws IOException, InterruptedException {
    Outcome outcome = run("news", "--strict", "-o", "brief.md");
    assertEquals(3, outcome.exitCode(), outcome.err());
    assertEquals("newsbrief: news/empty.txt: empty file (nothing to summarize; write the article into it, or leave it out)\n",
        outcome.err());
    assertFalse(Files.exists(dir.resolve("brief.md")));
  }
}
