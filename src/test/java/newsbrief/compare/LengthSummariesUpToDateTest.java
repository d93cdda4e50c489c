package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsbrief.AnalyzedCorpus;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.TestSupport;
import newsbrief.eval.DucDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The length comparison and the curve in {@code summaries/} are generated; this fails when the
 * committed files are stale, so a change of the defaults is caught. The Markdown is compared byte
 * for byte; so are the chart and the page, on a machine that lays text out with the font they
 * were made with ({@link SvgChartWriter#layoutFont()}, DejaVu Sans). Elsewhere text positions move
 * a little, so there the chart is compared by what it says: its title, its description of axes,
 * series and values, and every text it draws.
 */
class LengthSummariesUpToDateTest {
  private static final String REGENERATE = "regenerate them with 'mvn -q package -DskipTests && java -jar "
      + "target/newsbrief.jar compare corpus --eval ../shared/eval/duc2003 --format html' from the project folder and "
      + "commit them";

  private static final Summarizer SUMMARIZER = new Summarizer(TestSupport.coreNlp(), SummaryOptions.defaults());

  private static Map<String, byte[]> comparisonFiles() {
    AnalyzedCorpus corpus = SUMMARIZER.analyze(TestSupport.corpus());
    LengthComparison comparison = new LengthComparer(SUMMARIZER)
        .compare("corpus", corpus, BudgetList.COMPARISON_DEFAULT, List.of());
    return LengthFiles.of(comparison, LengthFiles.Format.HTML, "newsbrief compare corpus",
        "newsbrief compare corpus --format html");
  }

  private static Map<String, byte[]> curveFiles() {
    Path dev = TestSupport.sharedEval().resolve("duc2003");
    assumeTrue(Files.isDirectory(dev), "DUC 2003 is not at " + dev + ": the committed curve is not checked");
    LengthCurve curve = new LengthCurveEvaluator(SUMMARIZER).evaluate("duc2003", DucDataset.read(dev),
        BudgetList.CURVE_DEFAULT);
    return LengthFiles.of(curve, LengthFiles.Format.HTML, "newsbrief compare --eval ../shared/eval/duc2003",
        "newsbrief compare --eval ../shared/eval/duc2003 --format html");
  }

  @Test
  void theLengthComparisonSaysWhatItsCodeSays() throws IOException {
    assertSayTheSame(comparisonFiles());
  }

  @Test
  void theLengthComparisonIsByteForByteUpToDate() throws IOException {
    assumeMadeWithThisFont();
    assertSameBytes(comparisonFiles());
  }

  @Test
  void theLengthCurveOfTheDevelopmentSetSaysWhatItsCodeSays() throws IOException {
    assertSayTheSame(curveFiles());
  }

  @Test
  void theLengthCurveOfTheDevelopmentSetIsByteForByteUpToDate() throws IOException {
    assumeMadeWithThisFont();
    assertSameBytes(curveFiles());
  }

  private static void assumeMadeWithThisFont() {
    assumeTrue(SvgChartWriter.layoutFont().equals(SvgChartWriter.FONT_FAMILY), "this machine has no "
        + SvgChartWriter.FONT_FAMILY + ", so charts are laid out with other font metrics: the committed SVG and HTML "
        + "are compared by their text only");
  }

  /** The Markdown byte for byte, and each chart by its title, description and texts. */
  private static void assertSayTheSame(Map<String, byte[]> files) throws IOException {
    Path folder = TestSupport.projectDir().resolve("summaries");
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path committed = folder.resolve(file.getKey());
      assertTrue(Files.exists(committed), "summaries/" + file.getKey() + " is missing: " + REGENERATE);
      if (file.getKey().endsWith(".md")) {
        assertEquals(new String(file.getValue(), StandardCharsets.UTF_8), Files.readString(committed, StandardCharsets.UTF_8),
            "summaries/" + file.getKey() + " is stale: " + REGENERATE);
      } else if (file.getKey().endsWith(".svg")) {
        Document made = SvgCharts.parse(file.getValue());
        Document kept = SvgCharts.parse(Files.readAllBytes(committed));
        String stale = "summaries/" + file.getKey() + " is stale: " + REGENERATE;
        assertEquals(SvgCharts.childText(made, "title"), SvgCharts.childText(kept, "title"), stale);
        assertEquals(SvgCharts.childText(made, "desc"), SvgCharts.childText(kept, "desc"), stale + " (its axes, series or values differ)");
        assertEquals(SvgCharts.texts(made), SvgCharts.texts(kept), stale + " (its text differs)");
      }
    }
  }

  private static void assertSameBytes(Map<String, byte[]> files) throws IOException {
    Path folder = TestSupport.projectDir().resolve("summaries");
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path committed = folder.resolve(file.getKey());
      assertTrue(Files.exists(committed), "summaries/" + file.getKey() + " is missing: " + REGENERATE);
      assertArrayEquals(file.getValue(), Files.readAllBytes(committed), "summaries/" + file.getKey() + " is stale: " + REGENERATE);
    }
  }
}
