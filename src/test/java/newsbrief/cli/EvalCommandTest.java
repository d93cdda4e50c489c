package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.eval.TinyDucFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsbrief eval} driven through picocli on a made-up DUC-layout folder. */
class EvalCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path folder;

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private List<String> tableRows() {
    return out.toString().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| method")).toList();
  }

  @Test
  void withoutMethodsScoresTheDefaultConfigurationOnly() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(0, run("eval", data.toString()), err.toString());
    assertTrue(out.toString().contains("2 clusters"), out.toString());
    assertTrue(out.toString().contains("| method | R-1 | R-2 | SU4 | facts/100w |"), out.toString());
    List<String> rows = tableRows();
    assertEquals(1, rows.size(), out.toString());
    assertTrue(rows.get(0).matches("\\| default( \\| \\d+\\.\\d\\d \\[\\d+\\.\\d, \\d+\\.\\d\\]){4} \\|"), rows.get(0));
    assertTrue(err.toString().contains("eval: 1/2 c001"), err.toString());
    assertTrue(err.toString().contains("eval: 2/2 c002"), err.toString());
  }

  @Test
  void methodsAreComparedSideBySide() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(0, run("eval", data.toString(), "--methods", "lead,centroid,lexrank,lexrank+mmr,default"), err.toString());
    List<String> names = tableRows().stream().map(l -> l.split("\\|")[1].strip()).toList();
    assertEquals(List.of("lead", "centroid", "lexrank", "lexrank+mmr", "default"), names);
  }

  @Test
  void summariesAndPerClusterScoresAreWritten() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    Path summaries = folder.resolve("out");
    Path csv = folder.resolve("scores.csv");
    assertEquals(0, run("eval", data.toString(), "--methods", "lead,default", "--save-summaries", summaries.toString(),
        "--per-cluster", csv.toString(), "--words", "20"), err.toString());
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
    assertEquals(0, run("eval", data.toString(), "--per-cluster", json.toString()), err.toString());
    String text = Files.readString(json);
    assertTrue(text.contains("\"method\" : \"default\"") && text.contains("\"cluster\" : \"c002\"")
        && text.contains("\"R-2\" : {") && text.contains("\"per100Words\" : "), text);
  }

  @Test
  void aByteCutIsAccepted() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(0, run("eval", data.toString(), "--bytes", "120"), err.toString());
    assertTrue(out.toString().contains("cut at 120 bytes"), out.toString());
  }

  @Test
  void aFolderNotInDucLayoutIsOneClearLine() throws IOException {
    Path notDuc = Files.createDirectories(folder.resolve("articles"));
    Files.writeString(notDuc.resolve("story.txt"), "A story that is not in a cluster folder at all.\n");
    assertEquals(Main.EXIT_UNUSABLE_INPUT, run("eval", notDuc.toString()));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("newsbrief: " + notDuc + ": not a DUC-layout folder"), err.toString());
    assertTrue(err.toString().contains("<cluster>/docs/"), err.toString());
  }

  @Test
  void aClusterWithoutReferencesCannotBeScored() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    try (var refs = Files.list(data.resolve("c002/refs"))) {
      for (Path ref : refs.toList()) {
        Files.delete(ref);
      }
    }
    assertEquals(Main.EXIT_UNUSABLE_INPUT, run("eval", data.toString()));
    assertTrue(err.toString().contains("c002: no reference summaries"), err.toString());
  }

  @Test
  void anUnknownMethodIsAUsageError() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(2, run("eval", data.toString(), "--methods", "lead,textrank"));
    assertTrue(err.toString().contains("unknown method 'textrank'"), err.toString());
  }

  @Test
  void helpListsTheMethodsWithoutWarnings() {
    assertEquals(0, run("eval", "--help"));
    assertTrue(out.toString().contains("lexrank+concepts") && out.toString().contains("default/no-overflow"), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void wordsAndBytesExcludeEachOther() throws IOException {
    Path data = TinyDucFolder.write(folder.resolve("data"));
    assertEquals(2, run("eval", data.toString(), "--words", "100", "--bytes", "665"));
  }
}
