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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brief} and {@code summarize} with {@code --format html}, and brief's lengths per section, from outside. */
class BriefPageTest {
  private final CapturedRun cli = new CapturedRun();

  private static String corpus() {
    return TestSupport.projectDir().relativize(TestSupport.projectDir().resolve("corpus")).toString();
  }

  @Test
  void briefWritesADayOfSeveralStoriesAsOnePage(@TempDir Path day) throws IOException {
    InventedDay.writeTo(day);
    Path target = day.resolve("out/brief.html");
    assertEquals(0, cli.run("brief", day.toString(), "--format", "html", "-o", target.toString()), cli.err());
    Document page = Jsoup.parse(Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(List.of("Floods cut off Marden", "Central bank lifts rates", "Harbour museum opens its doors"),
        page.select("h2").eachText());
    assertTrue(page.select("script, link, img").isEmpty());
    assertTrue(cli.out().startsWith("wrote " + target + ": "), cli.out());
  }

  @Test
  void theSeedPageIsTheCommittedOne() throws IOException {
    assertEquals(0, cli.run("brief", corpus(), "--format", "html", "-o", "-"), cli.err());
    assertEquals(Files.readString(TestSupport.projectDir().resolve("summaries/daily-brief.html"), StandardCharsets.UTF_8),
        cli.out());
  }

  @Test
  void summarizeWritesThePageOfItsBrief(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("brief.html");
    assertEquals(0, cli.run("summarize", corpus(), "-o", target.toString()), cli.err());
    assertEquals(Files.readString(TestSupport.projectDir().resolve("summaries/daily-brief.html"), StandardCharsets.UTF_8),
        Files.readString(target, StandardCharsets.UTF_8), "-o x.html chooses the page; the brief is the seed brief");
    cli.clear();
    assertEquals(0, cli.run("summarize", corpus(), "--format", "HTML"), cli.err());
    assertTrue(cli.out().startsWith("<!doctype html>"), cli.out());
  }

  /** Without a length, each section gets its own: 80 words for the most covered story, 50 for the least. */
  @Test
  void byDefaultEachSectionHasALengthOfItsOwn(@TempDir Path day) throws IOException {
    InventedDay.writeTo(day);
    assertEquals(0, cli.run("brief", day.toString(), "-o", "-"), cli.err());
    String markdown = cli.out();
    assertTrue(markdown.contains("in 3 stories"), markdown);
    int firstWords = words(markdown, "## Floods cut off Marden");
    int secondWords = words(markdown, "## Central bank lifts rates");
    assertTrue(firstWords <= 80 && firstWords > 50, "flood section: " + firstWords + " words\n" + markdown);
    assertTrue(secondWords <= 50, "rates section: " + secondWords + " words\n" + markdown);
  }

  /** The words of a section's bullets, without their day and citations. */
  private static int words(String markdown, String heading) {
    String section = markdown.substring(markdown.indexOf(heading));
    section = section.substring(0, section.indexOf("### Sources"));
    return section.lines().filter(l -> l.startsWith("- "))
        .map(l -> l.replaceFirst("^- (\\d{1,2} [A-Z][a-z]{2}( \\d{4})?|Undated): ", "- ").replaceFirst(" \\[\\d+\\].*$", ""))
        .mapToInt(l -> l.substring(2).split("\\s+").length).sum();
  }
}
