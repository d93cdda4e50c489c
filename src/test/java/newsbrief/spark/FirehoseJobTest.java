package newsbrief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.BriefReport;
import newsbrief.BriefRequest;
import newsbrief.Newsbrief;
import newsbrief.NewsbriefException;
import newsbrief.TestSupport;
import newsbrief.render.JsonRenderer;
import newsbrief.story.InventedDay;
import newsbrief.story.StorySection;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode on small inputs made here: the ladder (none, one, two stories), then bad input. */
class FirehoseJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Newsbrief LIBRARY = new Newsbrief(TestSupport.coreNlp());

  @TempDir Path dir;

  private final SparkSession spark = SparkTestSession.get();

  @Test
  void anInputOfBlankLinesIsAOneLineErrorAndWritesNothing() throws IOException {
    Path input = write("blank.jsonl", "\n  \n\n");
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> run(input, dir.resolve("out")));
    assertEquals(input + ": no article to brief (3 lines, 0 of them not usable: listed above)", e.getMessage());
    assertFalse(Files.exists(dir.resolve("out")));
    assertEquals(List.of("blank.jsonl"), listing(dir), "no temporary folder is left");
  }

  @Test
  void aMissingInputIsAOneLineError() {
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> run(dir.resolve("nowhere.jsonl"), dir.resolve("out")));
    assertEquals(dir.resolve("nowhere.jsonl") + ": no such file or folder (check the path)", e.getMessage());
  }

  @Test
  void aFolderWithoutJsonLinesIsAOneLineError() throws IOException {
    write("feeds/readme.txt", "not an article feed");
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> run(dir.resolve("feeds"), dir.resolve("out")));
    assertTrue(e.getMessage().startsWith(dir.resolve("feeds") + ": no articles in this folder (no .jsonl or .ndjson files"),
        e.getMessage());
  }

  @Test
  void oneArticleIsOneStoryWithTheBriefTheLibraryGivesIt() throws IOException {
    List<Article> day = inventedDay();
    Path input = writeJsonLines("one.jsonl", day.subList(0, 1));
    FirehoseReport report = run(input, dir.resolve("out"));
    assertEquals(1, report.articles());
    assertEquals(1, report.stories());
    List<JsonNode> stories = stories(dir.resolve("out"));
    assertEquals(1, stories.size());
    BriefReport single = LIBRARY.brief(BriefRequest.of(input.toString()));
    StorySection section = single.day().sections().get(0);
    JsonNode expected = JSON.readTree(new JsonRenderer(false).storyLine(section.headline(), single.day().articles(), section.brief()));
    assertEquals(expected, stories.get(0));
    assertEquals(input + ":1", stories.get(0).get("articles").get(0).get("origin").asText());
  }

  @Test
  void aDayOfThreeStoriesGivesTheStoriesOfTheSingleMachineBriefMostCoveredFirst() throws IOException {
    List<Article> day = inventedDay();
    Path input = writeJsonLines("day.jsonl", day);
    FirehoseReport report = run(input, dir.resolve("out"));
    List<Set<String>> found = stories(dir.resolve("out")).stream().map(FirehoseJobTest::origins).toList();
    BriefReport single = LIBRARY.brief(BriefRequest.of(input.toString()));
    List<Set<String>> expected = new ArrayList<>();
    single.day().sections().forEach(s -> expected.add(origins(s.story().articles(), single.day().articles())));
    single.day().alsoReported().forEach(s -> expected.add(origins(s.story().articles(), single.day().articles())));
    single.day().notShown().forEach(s -> expected.add(origins(s.articles(), single.day().articles())));
    assertEquals(3, expected.size(), "the invented day tells a flood, a rate rise and a museum opening");
    assertEquals(expected, found);
    assertEquals(3, report.stories());
    assertEquals(2, report.storiesOfSeveral());
    assertEquals(day.size(), report.articles());
  }

  @Test
  void badLinesAreListedOneLineEachAndTheOthersAreBriefed() throws IOException {
    List<Article> day = inventedDay();
    StringBuilder text = new StringBuilder(line(day.get(0))).append('\n');
    text.append("not json\n");
    text.append("{\"title\": \"A title and no text\"}\n");
    text.append("\n");
    text.append("{\"text\": \"Some words.\", \"date\": \"yesterday\"}\n");
    text.append(line(day.get(1))).append('\n');
    Path input = write("mixed.jsonl", text.toString());
    FirehoseReport report = run(input, dir.resolve("out"));
    assertEquals(List.of(
        input + ":2: not a JSON object (write one article per line, e.g. {\"title\": \"...\", \"text\": \"...\"})",
        input + ":3: no \"text\" field (every line needs the article's text, e.g. {\"title\": \"...\", \"text\": \"...\"})",
        input + ":5: date 'yesterday' is not YYYY-MM-DD or an ISO date-time (write e.g. \"date\": \"2024-11-28\", or leave it out)"),
        report.problems());
    assertEquals(3, report.problemCount());
    assertEquals(2, report.articles());
    assertEquals(Set.of(input + ":1", input + ":6"), origins(stories(dir.resolve("out")).get(0)));
  }

  @Test
  void parquetWithTheSameColumnsGivesTheSameStories() throws IOException {
    List<Article> day = inventedDay();
    Path jsonl = writeJsonLines("day.jsonl", day);
    run(jsonl, dir.resolve("from-jsonl"));
    Dataset<String> lines = spark.createDataset(day.stream().map(FirehoseJobTest::line).toList(), Encoders.STRING());
    Path parquet = dir.resolve("day.parquet");
    spark.read().json(lines).coalesce(1).write().parquet(parquet.toString());
    FirehoseReport report = run(parquet, dir.resolve("from-parquet"));
    assertEquals("auto", report.format());
    List<JsonNode> fromJsonl = stories(dir.resolve("from-jsonl"));
    List<JsonNode> fromParquet = stories(dir.resolve("from-parquet"));
    assertEquals(fromJsonl.size(), fromParquet.size());
    for (int s = 0; s < fromJsonl.size(); s++) {
      assertEquals(fromJsonl.get(s).get("headline"), fromParquet.get(s).get("headline"));
      assertEquals(texts(fromJsonl.get(s)), texts(fromParquet.get(s)));
    }
  }

  @Test
  void anOutputFolderHoldingOtherFilesIsRefusedAndLeftAlone() throws IOException {
    List<Article> day = inventedDay();
    Path input = writeJsonLines("day.jsonl", day);
    Path notes = write("out/notes.txt", "mine");
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> run(input, dir.resolve("out")));
    assertEquals(dir.resolve("out") + ": holds other files than an earlier run's stories.jsonl and summary.json "
        + "(choose a new folder, or empty this one)", e.getMessage());
    assertEquals(List.of("notes.txt"), listing(dir.resolve("out")));
    assertEquals("mine", Files.readString(notes));
  }

  @Test
  void aSecondRunReplacesTheFirstWhole() throws IOException {
    List<Article> day = inventedDay();
    Path out = dir.resolve("out");
    run(writeJsonLines("one.jsonl", day.subList(0, 1)), out);
    run(writeJsonLines("day.jsonl", day), out);
    assertEquals(3, stories(out).size());
    assertEquals(List.of("stories.jsonl", "summary.json"), listing(out));
    assertTrue(listing(dir).stream().noneMatch(name -> name.startsWith(".")), "no temporary folder is left: " + listing(dir));
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(day.size(), summary.get("articles").asInt());
    assertEquals(3, summary.get("stories").asInt());
  }

  private List<Article> inventedDay() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("day"));
    return InventedDay.read(folder);
  }

  private FirehoseReport run(Path input, Path output) {
    return FirehoseJob.run(spark, input.toString(), "auto", output.toString(), FirehoseSettings.defaults());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path writeJsonLines(String name, List<Article> articles) throws IOException {
    StringBuilder text = new StringBuilder();
    articles.forEach(a -> text.append(line(a)).append('\n'));
    return write(name, text.toString());
  }

  /** An article as a line of the JSON Lines input. */
  static String line(Article article) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", article.id());
    article.metadata().title().ifPresent(t -> node.put("title", t));
    article.metadata().outlet().ifPresent(o -> node.put("source", o));
    article.metadata().date().ifPresent(d -> node.put("date", d.toString()));
    article.metadata().url().ifPresent(u -> node.put("url", u));
    node.put("text", article.text());
    return node.toString();
  }

  static List<JsonNode> stories(Path output) throws IOException {
    List<JsonNode> stories = new ArrayList<>();
    for (String line : Files.readAllLines(output.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
      stories.add(JSON.readTree(line));
    }
    return stories;
  }

  static Set<String> origins(JsonNode story) {
    Set<String> origins = new TreeSet<>();
    story.get("articles").forEach(a -> origins.add(a.get("origin").asText()));
    return origins;
  }

  private static Set<String> origins(List<Integer> indices, List<Article> articles) {
    Set<String> origins = new TreeSet<>();
    indices.forEach(i -> origins.add(articles.get(i).origin()));
    return origins;
  }

  private static List<String> texts(JsonNode story) {
    List<String> texts = new ArrayList<>();
    story.get("brief").get("sentences").forEach(s -> texts.add(s.get("text").asText()));
    return texts;
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
