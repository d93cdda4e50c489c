package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import newsbrief.Article;
import newsbrief.BriefRequest;
import newsbrief.Newsbrief;
import newsbrief.TestSupport;
import newsbrief.eval.DucCluster;
import newsbrief.eval.DucDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command reads through the one front door and runs the one pipeline: the same inputs give
 * the same brief whichever command is asked, and {@code brief} reads what {@code summarize} reads.
 */
class FrontDoorTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CliEnvironment environment = new CliEnvironment(dir, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        TestSupport::coreNlp, false, 80);
    CommandLine commandLine = Main.commandLine(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private String output(String... args) {
    assertEquals(0, run("", args), err.toString());
    return out.toString();
  }

  private void copyCorpus(String folder) throws IOException {
    Path target = Files.createDirectories(dir.resolve(folder));
    try (var files = Files.list(TestSupport.projectDir().resolve("corpus"))) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }

  private static String page(String title, String site, String date, String... paragraphs) {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>" + title + "</title>"
        + "<meta property=\"og:site_name\" content=\"" + site + "\">"
        + "<meta property=\"article:published_time\" content=\"" + date + "\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</article><footer>Subscribe to our newsletter</footer></body></html>").toString();
  }

  @Test
  void briefAndSummarizeWriteTheSameBriefOfTheSameInputsInEveryFormat() throws IOException {
    copyCorpus("news/world");
    for (String format : List.of("markdown", "json", "text")) {
      String brief = output("brief", "news", "-f", format, "-o", "-");
      String summarize = output("summarize", "news", "-f", format);
      assertEquals(brief, summarize, format);
    }
  }

  @Test
  void compareAndEvalReadTheArticlesBriefReads() throws IOException {
    copyCorpus("cluster/docs");
    List<Article> viaFrontDoor = new Newsbrief(TestSupport.coreNlp())
        .read(BriefRequest.of("cluster/docs").withWorkingDir(dir)).articles();
    DucCluster viaDataset = DucDataset.readCluster(dir.resolve("cluster"));
    assertEquals(ids(viaFrontDoor), ids(viaDataset.articles()));
    for (int i = 0; i < viaFrontDoor.size(); i++) {
      assertEquals(viaFrontDoor.get(i).text(), viaDataset.articles().get(i).text());
      assertEquals(viaFrontDoor.get(i).metadata(), viaDataset.articles().get(i).metadata());
    }
    String compared = output("compare", "cluster", "--words", "200", "-o", "out");
    assertTrue(compared.contains("| same |"), "compare's brief at 200 words is brief's own:\n" + compared);
  }

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }

  @Test
  void briefReadsSavedPagesInSubfolders() throws IOException {
    Files.createDirectories(dir.resolve("pages/monday"));
    Files.createDirectories(dir.resolve("pages/tuesday"));
    Files.writeString(dir.resolve("pages/monday/flood.html"), page("Floods cut off Marden", "Coast Daily", "2024-11-04",
        "Heavy rain flooded the coastal town of Marden on Monday, and rescue teams reached stranded families by boat.",
        "The river burst its banks after three days of storms, the mayor of Marden said on Monday evening."));
    Files.writeString(dir.resolve("pages/tuesday/flood-again.html"), page("Marden cleans up", "Wire One", "2024-11-05",
        "Residents of Marden began clearing mud from their homes on Tuesday as the flood water slowly went down.",
        "The mayor of Marden said the town would need months to repair the river banks and the coast road."));
    String markdown = output("brief", "pages", "-o", "-", "--words", "80");
    assertTrue(markdown.startsWith("# Daily brief, 2024-11-04 to 2024-11-05\n"), markdown);
    assertTrue(markdown.contains("(pages/monday/flood.html)") && markdown.contains("(pages/tuesday/flood-again.html)"), markdown);
    assertTrue(markdown.contains("Coast Daily, \"Floods cut off Marden\", 2024-11-04"), markdown);
  }

  @Test
  void briefReadsAJsonLinesFeedAndStandardInput() throws IOException {
    ObjectMapper json = new ObjectMapper();
    String first = json.writeValueAsString(java.util.Map.of("title", "Floods cut off Marden", "source", "Coast Daily",
        "date", "2024-11-04", "text", "Heavy rain flooded the coastal town of Marden on Monday, and rescue teams "
            + "reached stranded families by boat. The river burst its banks after three days of storms."));
    String second = json.writeValueAsString(java.util.Map.of("title", "Marden cleans up", "source", "Wire One",
        "date", "2024-11-05", "text", "Residents of Marden began clearing mud from their homes on Tuesday as the "
            + "flood water went down. The mayor said the town would need months to repair the river banks."));
    Files.writeString(dir.resolve("feed.jsonl"), first + "\n" + second + "\n");
    String fromFeed = output("brief", "feed.jsonl", "-o", "-");
    assertTrue(fromFeed.contains("2 articles from 2 outlets"), fromFeed);
    assertEquals(0, run(first + "\n" + second + "\n", "brief", "-", "--input-format", "jsonl", "-o", "-"), err.toString());
    // Markdown escapes the origin's '<' (issue 15, item 5): unescaped, <stdin> renders as an unknown HTML tag, i.e. nothing.
    assertEquals(fromFeed.replace("feed.jsonl", "\\<stdin>"), out.toString());
    String text = TestSupport.corpus().get(0).text();
    assertEquals(0, run(text, "brief", "-", "-o", "-", "--words", "60"), err.toString());
    assertTrue(out.toString().contains("(\\<stdin>)"), out.toString());
  }

  @Test
  void briefTakesTheWindowStrictModeAndNamesCopies() throws IOException {
    copyCorpus("news");
    Files.copy(dir.resolve("news/shafaq-israel-denies-truce.txt"), dir.resolve("news/shafaq-copy.txt"));
    Files.writeString(dir.resolve("news/empty.txt"), "");
    String markdown = output("brief", "news", "--since", "2024-11-20", "-o", "-");
    assertTrue(err.toString().contains("news/empty.txt: empty file"), err.toString());
    assertTrue(err.toString().contains("1 article looks like a copy of news/shafaq-"), err.toString());
    assertTrue(err.toString().contains("left out, dated outside the window"), err.toString());
    assertTrue(!markdown.contains("times-of-israel-reuters"), "the 1 November article is outside the window");
    assertEquals(3, run("", "brief", "news", "--strict", "-o", "-"));
    assertEquals("newsbrief: news/empty.txt: empty file (nothing to summarize; write the article into it, or leave it out)\n",
        err.toString());
  }

  @Test
  void formatsAreParsedOnceForEveryCommand() throws IOException {
    copyCorpus("news");
    String upper = output("brief", "news", "--format", "JSON", "-o", "-");
    assertEquals(upper, output("summarize", "news", "--format", "json"));
    assertEquals(2, run("", "brief", "news", "--format", "pdf"));
    assertEquals("newsbrief: --format pdf: not an output format (use text, markdown, json or html; --input-format says how to read)\n",
        err.toString());
  }

  @Test
  void aFlatBriefOfSeveralStoriesSaysSoOnStandardError() throws IOException {
    copyCorpus("news");
    Files.writeString(dir.resolve("news/rates.txt"), "The central bank raised interest rates by half a point on Tuesday "
        + "to curb inflation. Markets had expected the increase, and bond yields barely moved, traders said.");
    String flat = output("summarize", "news", "--flat");
    assertTrue(err.toString().contains("the inputs tell 2 separate stories, briefed as one because of --flat"), err.toString());
    assertTrue(flat.startsWith("Brief, "), flat);
    String sections = output("summarize", "news");
    assertTrue(sections.startsWith("Daily brief, ") && sections.contains("in 2 stories"), sections);
    assertEquals("", err.toString());
  }

  @Test
  void theJsonNamesEveryStoryWithAllItsArticles() throws IOException {
    int articles = 14;
    for (int i = 0; i < articles; i++) {
      String w = "q" + (char) ('a' + i);
      Files.writeString(dir.resolve("topic-" + w + ".txt"), "The " + w + "alpha of the " + w + "beta was " + w
          + "gamma in the " + w + "delta, and the " + w + "omega said it would " + w + "sigma the " + w + "theta soon.");
    }
    JsonNode root = new ObjectMapper().readTree(output("brief", ".", "-f", "json", "-o", "-", "--stories", "1"));
    int named = root.get("stories").size() + root.get("alsoReported").size() + root.get("notShown").size();
    assertEquals(root.get("storyCount").asInt(), named);
    assertTrue(root.get("notShown").size() >= 1, root.toString());
    assertEquals(articles, named(root).size(), "every article in one story of the JSON");
  }

  private static java.util.Set<String> named(JsonNode root) {
    java.util.Set<String> articles = new java.util.HashSet<>();
    for (String list : List.of("stories", "alsoReported", "notShown")) {
      root.get(list).forEach(story -> story.get("articles").forEach(a -> articles.add(a.asText())));
    }
    return articles;
  }

  @Test
  void aFurnitureOnlyInputChangesNothingInTheBrief() throws IOException {
    copyCorpus("news");
    String without = output("brief", "news", "-f", "json", "-o", "-");
    Files.writeString(dir.resolve("news/zz-menu.txt"), "Home\n\nWorld\n\nSHARE:\n\nSubscribe\n");
    String with = output("brief", "news", "-f", "json", "-o", "-");
    assertTrue(err.toString().contains("news/zz-menu.txt: no sentence to summarize"), err.toString());
    JsonNode a = new ObjectMapper().readTree(without);
    JsonNode b = new ObjectMapper().readTree(with);
    assertEquals(a.get("stories"), b.get("stories"));
  }

}
