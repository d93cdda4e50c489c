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

  @Test
  void strictStopsAtTheFirstBadFileAndWritesNothing() throws IOException, InterruptedException {
    Outcome outcome = run("news", "--strict", "-o", "brief.md");
    assertEquals(3, outcome.exitCode(), outcome.err());
    assertEquals("newsbrief: news/empty.txt: empty file (nothing to summarize; write the article into it, or leave it out)\n",
        outcome.err());
    assertFalse(Files.exists(dir.resolve("brief.md")));
  }
}
