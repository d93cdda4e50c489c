package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.eval.TinyDucFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsbrief eval} driven through picocli on a made-up DUC-layout folder. */
class EvalCommandTest {
  private final CapturedRun cli = new CapturedRun();

  @TempDir Path folder;

  private List<String> tableRows() {
    return cli.out().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| method")).toList();
  }

  @Test
  void withoutMethodsScoresTheDefaultConfigurationOnly() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(0, cli.run("eval", data.toString()), cli.err());
    assertTrue(cli.out().contains("2 clusters"), cli.out());
    assertTrue(cli.out().contains("| method | R-1 | R-2 | SU4 | facts/100w |"), cli.out());
    List<String> rows = tableRows();
    assertEquals(1, rows.size(), cli.out());
    assertTrue(rows.get(0).matches("\\| default( \\| \\d+\\.\\d\\d \\[\\d+\\.\\d, \\d+\\.\\d\\]){4} \\|"), rows.get(0));
    assertTrue(cli.err().contains("eval: 1/2 c001"), cli.err());
    assertTrue(cli.err().contains("eval: 2/2 c002"), cli.err());
  }

  @Test
  void methodsAreComparedSideBySide() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(0, cli.run("eval", data.toString(), "--methods", "lead,centroid,lexrank,lexrank+mmr,default"), cli.err());
    List<String> names = tableRows().stream().map(l -> l.split("\\|")[1].strip()).toList();
    assertEquals(List.of("lead", "centroid", "lexrank", "lexrank+mmr", "default"), names);
  }

  @Test
  void summariesAndPerClusterScoresAreWritten() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    Path summaries = folder.resolve("out");
    Path csv = folder.resolve("scores.csv");
    assertEquals(0, cli.run("eval", data.toString(), "--methods", "lead,default", "--save-summaries", summaries.toString(),
        "--per-cluster", csv.toString(), "--words", "20"), cli.err());
    for (String method : List.of("lead", "default")) {
      for (String cluster : List.of("c001", "c002")) {
        List<String> lines = Files.readAllLines(summaries.resolve(method).resolve(cluster + ".txt"));
        assertTrue(!lines.isEmpty() && lines.stream().noneMatch(String::isBlank), method + "/" + cluster + ": " + lines);
        String articles = String.join("\n", Files.readString(data.resolve(cluster).resolve("docs/DOC0.txt")),
            Files.readString(data.resolve(cluster).resolve("docs/DOC1.txt")),
            Files.readString(data.resolve(cluster).resolve("docs/DOC2.txt")));
        lines.forEach(line -> assertTrue(articles.contains(line), "not verbatim: " + line));
      }
    }
    List<String> rows = Files.readAllLines(csv);
    assertTrue(rows.get(0).startsWith("method,cluster,R-1 recall,R-1 precision,R-1 F,R-2 recall"), rows.get(0));
    assertTrue(rows.get(0).endsWith(",facts covered,facts,facts per 100 words"), rows.get(0));
    assertEquals(1 + 2 * 2, rows.size());
    assertTrue(rows.get(1).startsWith("lead,c001,0."), rows.get(1));
  }

  @Test
  void perClusterScoresAsJson() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    Path json = folder.resolve("scores.json");
    assertEquals(0, cli.run("eval", data.toString(), "--per-cluster", json.toString()), cli.err());
    String text = Files.readString(json);
    assertTrue(text.contains("\"method\" : \"default\"") && text.contains("\"cluster\" : \"c002\"")
        && text.contains("\"R-2\" : {") && text.contains("\"per100Words\" : "), text);
  }

  @Test
  void aByteCutIsAccepted() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(0, cli.run("eval", data.toString(), "--bytes", "120"), cli.err());
    assertTrue(cli.out().contains("cut at 120 bytes"), cli.out());
  }

  @Test
  void aFolderNotInDucLayoutIsOneClearLine() throws IOException {
    Path notDuc = Files.createDirectories(folder.resolve("articles"));
    Files.writeString(notDuc.resolve("story.txt"), "A story that is not in a cluster folder at all.\n");
    assertEquals(Main.EXIT_UNUSABLE_INPUT, cli.run("eval", notDuc.toString()));
    assertEquals(1, cli.err().lines().count(), cli.err());
    assertTrue(cli.err().startsWith("newsbrief: " + notDuc + ": not a DUC-layout folder"), cli.err());
    assertTrue(cli.err().contains("<cluster>/docs/"), cli.err());
  }

  @Test
  void aClusterWithoutReferencesCannotBeScored() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    try (var refs = Files.list(data.resolve("c002/refs"))) {
      for (Path ref : refs.toList()) {
        Files.delete(ref);
      }
    }
    assertEquals(Main.EXIT_UNUSABLE_INPUT, cli.run("eval", data.toString()));
    assertTrue(cli.err().contains("c002: no reference summaries"), cli.err());
  }

  @Test
  void anUnknownMethodIsAUsageError() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(2, cli.run("eval", data.toString(), "--methods", "lead,textrank"));
    assertTrue(cli.err().contains("unknown method 'textrank'"), cli.err());
  }

  @Test
  void helpListsTheMethodsWithoutWarnings() {
    assertEquals(0, cli.run("eval", "--help"));
    assertTrue(cli.out().contains("lexrank+concepts") && cli.out().contains("default/no-overflow"), cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void wordsAndBytesExcludeEachOther() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(2, cli.run("eval", data.toString(), "--words", "100", "--bytes", "665"));
  }
}
