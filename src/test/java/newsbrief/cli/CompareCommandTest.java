package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code newsbrief compare} driven through picocli with captured output, from the project folder
 * (so that {@code corpus} is typed as a user types it) or from a temporary folder holding made-up
 * DUC-layout clusters (the project's own articles with made-up references; no DUC text).
 */
class CompareCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int runIn(Path workingDir, String... args) {
    CliEnvironment environment = new CliEnvironment(workingDir, new ByteArrayInputStream(new byte[0]),
        TestSupport::coreNlp, false, 80);
    CommandLine commandLine = Main.commandLine(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private int run(String... args) {
    return runIn(TestSupport.projectDir(), args);
  }

  private String output(String file) throws IOException {
    return Files.readString(dir.resolve(file));
  }

  /** {@code NAME/c1} and {@code NAME/c2}: the corpus's articles, the first cluster with two made-up references. */
  private Path clusters(String name, boolean references) throws IOException {
    Path set = dir.resolve(name);
    Path corpus = TestSupport.projectDir().resolve("corpus");
    for (String cluster : List.of("c1", "c2")) {
      Path docs = Files.createDirectories(set.resolve(cluster).resolve("docs"));
      try (Stream<Path> files = Files.list(corpus)) {
        for (Path file : files.toList()) {
          Files.copy(file, docs.resolve(file.getFileName()));
        }
      }
    }
    if (references) {
      Path refs = Files.createDirectories(set.resolve("c1").resolve("refs"));
      Files.writeString(refs.resolve("A.txt"), "Iraq fears Israeli strikes after attacks by armed factions.\n"
          + "Some factions halted attacks after the Gaza ceasefire; Kataib Hezbollah said it would go on.\n");
      Files.writeString(refs.resolve("B.txt"), "Israel denied a truce with Iraq as Baghdad sought help against strikes.\n");
    }
    return set;
  }

  @Test
  void writesTheTableTheBriefsAndTheChartAndPrintsTheTable() throws IOException {
    assertEquals(0, run("compare", "corpus", "-o", dir.toString()), err.toString());
    assertEquals("", err.toString());
    String printed = out.toString();
    assertTrue(printed.startsWith("# Brief length comparison: corpus\n"), printed);
    for (String budget : List.of("50", "100", "200", "400")) {
      assertTrue(printed.contains("\n| " + budget + " | "), budget + " words: " + printed);
    }
    assertTrue(printed.endsWith("wrote " + dir.resolve("length-comparison.md") + " and "
        + dir.resolve("length-comparison.svg") + "\n\n"), printed);
    String markdown = output("length-comparison.md");
    assertTrue(markdown.startsWith(printed.substring(0, printed.indexOf("\nwrote "))), "the file starts with the printed table");
    assertTrue(markdown.contains("### 400 words: "));
    assertTrue(markdown.contains("(corpus/shafaq-israel-denies-truce.txt)"), "sources are named as typed");
    assertTrue(markdown.contains("Made by `newsbrief compare corpus -o " + dir + "`."));
    assertTrue(output("length-comparison.svg").contains("<title>Facts against brief length: corpus</title>"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "temporary files left behind");
    }
  }

  @Test
  void sentenceBudgetsAndABudgetAboveTheCorpus() throws IOException {
    assertEquals(0, run("compare", "corpus", "--sentences", "4,2,1000", "-o", dir.toString()), err.toString());
    String printed = out.toString();
    assertTrue(printed.contains("Budgets: 2, 4 and 1000 sentences."), printed);
    assertTrue(printed.contains("\n| 2 | "), printed);
    assertTrue(printed.matches("(?s).*\n- 1000 sentences: \\d+ sentences \\(\\d+%\\): the corpus has run out of sentences worth taking: "
        + "every other sentence of it \\(\\d+\\) says the same as one in the brief\n.*"), printed);
    assertTrue(output("length-comparison.svg").contains("x axis: budget (sentences)."));
    assertTrue(output("length-comparison.md").contains("Made by `newsbrief compare corpus --sentences 2,4,1000 -o "));
  }

  @Test
  void withFormatHtmlAlsoWritesAPageOfTheSameAndSaysSo() throws IOException {
    assertEquals(0, run("compare", "corpus", "--words", "50,100", "--format", "html", "-o", dir.toString()), err.toString());
    assertTrue(out.toString().endsWith("wrote " + dir.resolve("length-comparison.md") + ", " + dir.resolve("length-comparison.svg")
        + " and " + dir.resolve("length-comparison.html") + "\n\n"), out.toString());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(output("length-comparison.html"));
    assertEquals(2, page.select("div.columns > section").size());
    assertTrue(page.selectFirst("figure > svg").text().contains("budget (words)"), "the chart is inline, its text as text");
    assertTrue(page.selectFirst("footer").text().contains("newsbrief compare corpus --words 50,100 -o " + dir + " --format html"));
    assertTrue(output("length-comparison.md").contains("Made by `newsbrief compare corpus --words 50,100 -o " + dir + "`."),
        "the Markdown is the same whatever the format");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertEquals(2, run("compare", "corpus", "--format", "pdf", "-o", dir.toString()));
    assertEquals("newsbrief: --format pdf: not a format of compare (use markdown or html)\n", err.toString());
  }

  /** Issue 15, item 12: a failure to write one file of the run leaves no new file (it used to write the .svg, then fail). */
  @Test
  void writesEveryFileOfTheRunOrNone() throws IOException {
    Files.createDirectories(dir.resolve("length-comparison.html"));
    assertEquals(3, run("compare", "corpus", "--format", "html", "-o", dir.toString()));
    assertEquals("newsbrief: " + dir.resolve("length-comparison.html")
        + ": is a folder, not a file (name a file to write, or remove the folder)\n", err.toString());
    assertFalse(Files.exists(dir.resolve("length-comparison.md")), "the table was written without its page");
    assertFalse(Files.exists(dir.resolve("length-comparison.svg")), "the chart was written without its page");
    assertEquals("", out.toString());
  }

  /** Issue 15, item 12: a failure to write one of the two files leaves no new file (it used to write the .svg, then fail). */
  @Test
  void writesBothFilesOrNeither() throws IOException {
    Files.createDirectories(dir.resolve("length-comparison.md"));
    assertEquals(3, run("compare", "corpus", "-o", dir.toString()));
    assertEquals("newsbrief: " + dir.resolve("length-comparison.md")
        + ": is a folder, not a file (name a file to write, or remove the folder)\n", err.toString());
    assertFalse(Files.exists(dir.resolve("length-comparison.svg")), "the chart was written without its table");
    assertEquals("", out.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "--words=; newsbrief: --words '': no budget in the list (give positive whole numbers separated by commas, e.g. --words 50,100,200)",
      "--words=,; newsbrief: --words ,: no budget in the list (give positive whole numbers separated by commas, e.g. --words 50,100,200)",
      "--words=0,100; newsbrief: --words 0,100: a budget must be at least 1, got 0 (give positive whole numbers separated by commas, e.g. --words 50,100,200)",
      "--sentences=-2; newsbrief: --sentences -2: a budget must be at least 1, got -2 (give positive whole numbers separated by commas, e.g. --sentences 2,4,8)",
      "--words=50,many; newsbrief: --words 50,many: 'many' is not a whole number (give positive whole numbers separated by commas, e.g. --words 50,100,200)"})
  void badBudgetListsAreOneLineUsageErrors(String option, String message) {
    assertEquals(2, run("compare", "corpus", option, "-o", dir.toString()));
    assertEquals(message + "\n", err.toString());
    assertEquals("", out.toString());
    assertFalse(Files.exists(dir.resolve("length-comparison.md")));
  }

  @Test
  void twoKindsOfBudgetOrNothingToCompareAreUsageErrors() {
    assertEquals(2, run("compare", "corpus", "--words", "50", "--sentences", "2"));
    assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("compare", "-o", dir.toString()));
    assertEquals("newsbrief: compare needs a folder of articles, or --eval and a DUC-layout folder "
        + "(e.g. newsbrief compare corpus)\n", err.toString());
  }

  @Test
  void aMissingFolderIsUnusableInputNamedAsTyped() {
    assertEquals(3, runIn(dir, "compare", "nowhere"));
    assertEquals("newsbrief: nowhere: no such file or folder (check the path)\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(3, runIn(dir, "compare", "--eval", "nowhere"));
    assertTrue(err.toString().startsWith("newsbrief: nowhere: no such folder"), err.toString());
  }

  @Test
  void aFolderOfClustersIsNotACorpus() throws IOException {
    clusters("set", true);
    assertEquals(3, runIn(dir, "compare", "set"));
    assertEquals("newsbrief: set: a folder of DUC-layout clusters, not of articles (for the ROUGE curve over them use "
        + "--eval set; to compare the briefs of one cluster, give its folder)\n", err.toString());
  }

  @Test
  void oneClusterWithReferencesIsAlsoScoredAgainstThem() throws IOException {
    clusters("set", true);
    assertEquals(0, runIn(dir, "compare", "set/c1", "--words", "60,120", "-o", "out"), err.toString());
    assertTrue(out.toString().contains("| R-1 of references | R-2 of references |"), out.toString());
    assertTrue(Files.readString(dir.resolve("out/length-comparison.md")).contains("(set/c1/docs/"));
    assertTrue(Files.readString(dir.resolve("out/length-comparison.svg")).contains("'ROUGE-1 recall of the references'"));
  }

  @Test
  void theCurveOverASetOfClustersLeavesOutThoseWithoutReferences() throws IOException {
    clusters("dev", true);
    assertEquals(0, runIn(dir, "compare", "--eval", "dev", "--words", "50,100,200", "-o", "out"), err.toString());
    String printed = out.toString();
    assertTrue(printed.startsWith("# ROUGE and facts against brief length: dev\n\n1 cluster scored (1 left out"), printed);
    assertEquals(3, printed.lines().filter(l -> l.matches("\\| \\d+ \\| .*")).count(), printed);
    assertTrue(printed.endsWith("wrote out/length-curve-dev.md and out/length-curve-dev.svg\n\n"), printed);
    String svg = Files.readString(dir.resolve("out/length-curve-dev.svg"));
    assertTrue(svg.contains("'ROUGE-1 recall, brief'") && svg.contains("'ROUGE-2 recall, nested brief'"));
    assertTrue(Files.readString(dir.resolve("out/length-curve-dev.md"))
        .contains("Made by `newsbrief compare --eval dev --words 50,100,200 -o out`."));
  }

  @Test
  void aSetWithoutReferencesHasNoCurve() throws IOException {
    clusters("bare", false);
    assertEquals(3, runIn(dir, "compare", "--eval", "bare", "-o", "out"));
    assertTrue(err.toString().startsWith("newsbrief: bare: no cluster has both reference summaries and a sentence"),
        err.toString());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
