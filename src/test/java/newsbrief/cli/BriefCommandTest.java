package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsbrief.TestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code newsbrief brief} driven through picocli with captured output. */
class BriefCommandTest {
  private final CapturedRun cli = new CapturedRun();

  private static String corpus() {
    return TestSupport.projectDir().resolve("corpus").toString();
  }

  @Test
  void writesTheBriefToStandardOutput() {
    assertEquals(0, cli.run("brief", corpus(), "-o", "-"), cli.err());
    assertTrue(cli.out().startsWith("# Daily brief, 2024-11-01 to 2024-11-28\n"), cli.out());
    assertTrue(cli.out().contains("## Sources"));
    assertEquals("", cli.err());
  }

  @Test
  void writesTheBriefToAFile(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("out/brief.md");
    assertEquals(0, cli.run("brief", corpus(), "-o", target.toString()), cli.err());
    assertTrue(Files.readString(target).startsWith("# Daily brief"));
    assertTrue(cli.out().startsWith("wrote " + target + ": "), cli.out());
    try (var listing = Files.list(target.getParent())) {
      assertEquals(1, listing.count(), "temporary files left behind");
    }
  }

  @ParameterizedTest
  @CsvSource({"--sentences,2", "--words,60"})
  void budgetsAreHonoured(String option, int limit) {
    assertEquals(0, cli.run("brief", corpus(), "-o", "-", option, String.valueOf(limit)), cli.err());
    long bullets = cli.out().lines().filter(l -> l.startsWith("- ")).count();
    long words = cli.out().lines().filter(l -> l.startsWith("- "))
        .map(l -> l.replaceFirst("^- (\\d{1,2} [A-Z][a-z]{2}( \\d{4})?|Undated): ", "- "))
        .mapToLong(l -> l.replaceFirst(" \\[\\d+\\].*$", "").substring(2).split("\\s+").length).sum();
    assertTrue(bullets >= 1);
    assertTrue(option.equals("--sentences") ? bullets <= limit : words <= limit, cli.out());
  }

  @Test
  void twoBudgetsAreAUsageError() {
    assertEquals(2, cli.run("brief", corpus(), "--words", "50", "--sentences", "2"));
    assertTrue(cli.err().contains("mutually exclusive"), cli.err());
  }

  @ParameterizedTest
  @CsvSource({"--words,0", "--words,-5", "--sentences,0"})
  void budgetsBelowOneAreUsageErrors(String option, String value) {
    assertEquals(2, cli.run("brief", corpus(), option, value));
    assertTrue(cli.err().contains("a budget must be at least 1"), cli.err());
  }

  @Test
  void missingFolderIsUnusableInput(@TempDir Path folder) {
    Path missing = folder.resolve("nowhere");
    assertEquals(3, cli.run("brief", missing.toString(), "-o", "-"));
    assertEquals("newsbrief: " + missing + ": no such file or folder (check the path)\n", cli.err());
  }

  @Test
  void folderWithoutArticlesIsUnusableInput(@TempDir Path folder) {
    assertEquals(3, cli.run("brief", folder.toString(), "-o", "-"));
    assertTrue(cli.err().startsWith("newsbrief: " + folder + ": no articles in this folder"), cli.err());
  }

  @Test
  void furnitureOnlyIsUnusableInputAndWritesNothing(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("page.txt"), "Leave a Reply\n\nSHARE:\n\nNEWSLETTER\n");
    Path target = folder.resolve("brief.md");
    assertEquals(3, cli.run("brief", folder.toString(), "-o", target.toString()));
    assertTrue(cli.err().contains("no sentence to summarize"), cli.err());
    assertFalse(Files.exists(target));
    assertFalse(cli.err().contains("Exception"), cli.err());
  }

  @Test
  void jsonOfTheSeedsIsOneStoryWithEveryArticleAndVerbatimSentences() throws IOException {
    assertEquals(0, cli.run("brief", corpus(), "--format", "json", "-o", "-"), cli.err());
    JsonNode root = new ObjectMapper().readTree(cli.out());
    assertEquals(1, root.get("storyCount").asInt());
    JsonNode story = root.get("stories").get(0);
    assertEquals(5, story.get("articles").size());
    JsonNode sentences = story.get("brief").get("sentences");
    assertTrue(sentences.size() >= 3);
    for (JsonNode sentence : sentences) {
      String text = Files.readString(Path.of(sentence.get("article").get("origin").asText()));
      assertEquals(sentence.get("text").asText(), text.substring(sentence.get("begin").asInt(), sentence.get("end").asInt()));
    }
    assertEquals(root.get("wordCount").asInt(), story.get("brief").get("wordCount").asInt());
  }

  @Test
  void jsonOfPooledDevClustersListsEachStoryWithTheArticlesOfOneCluster(@TempDir Path folder) throws IOException {
    Path duc = TestSupport.sharedEval().resolve("duc2003");
    Assumptions.assumeTrue(Files.isDirectory(duc), "DUC 2003 development set not found at " + duc + " (licensed data kept outside the project)");
    List<String> clusters = List.of("d30003t", "d30012t", "d31010t");
    for (String cluster : clusters) {
      try (var files = Files.list(duc.resolve(cluster).resolve("docs"))) {
        for (Path file : files.toList()) {
          Files.copy(file, folder.resolve(cluster + "-" + file.getFileName()));
        }
      }
    }
    Path json = folder.resolve("out/day.json");
    assertEquals(0, cli.run("brief", folder.toString(), "--format", "json", "-o", json.toString()), cli.err());
    JsonNode root = new ObjectMapper().readTree(Files.readString(json));
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (JsonNode story : root.get("stories")) {
      java.util.Map<String, Integer> byCluster = new java.util.HashMap<>();
      story.get("articles").forEach(path -> byCluster.merge(Path.of(path.asText()).getFileName().toString().substring(0, 7), 1, Integer::sum));
      if (story.get("articles").size() < 3) {
        continue; // an article with no close report in its cluster stands alone (or with another such)
      }
      String main = byCluster.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
      assertTrue(byCluster.get(main) >= 8, "story mixes clusters: " + byCluster);
      assertTrue(seen.add(main), "two stories for " + main);
      assertTrue(story.get("brief").get("sentenceCount").asInt() >= 1);
    }
    assertEquals(java.util.Set.copyOf(clusters), seen, cli.out());
  }

  @Test
  void helpListsExamplesAndExitCodes() {
    assertEquals(0, cli.run("brief", "--help"));
    assertTrue(cli.out().contains("newsbrief brief corpus"));
    assertEquals(0, cli.run("--help"));
    assertTrue(cli.out().contains("Exit codes:"));
  }
}
