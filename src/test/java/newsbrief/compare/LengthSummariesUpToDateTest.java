package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.TestSupport;
import newsbrief.eval.DucDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The length comparison and the ROUGE curve in {@code summaries/} are generated; this fails when
 * the committed files are stale, so a change of the defaults is caught. The Markdown is compared
 * byte for byte. The SVG is compared by what it shows, its title and its description of axes,
 * series and values, and checked to be a drawing with those series: its glyph outlines come from
 * the machine's fonts, which must not make a file stale.
 */
class LengthSummariesUpToDateTest {
  private static final String REGENERATE = "regenerate them with 'mvn -q package -DskipTests && java -jar "
      + "target/newsbrief.jar compare corpus --eval ../shared/eval/duc2003' from the project folder and commit them";

  private static final Summarizer SUMMARIZER = new Summarizer(TestSupport.coreNlp(), SummaryOptions.defaults());

  @Test
  void lengthComparisonIsUpToDate() throws IOException {
    AnalyzedCorpus corpus = SUMMARIZER.analyze(TestSupport.corpus());
    LengthComparison comparison = new LengthComparer(SUMMARIZER)
        .compare("corpus", corpus, BudgetList.COMPARISON_DEFAULT, List.of());
    ComparisonRenderer renderer = new ComparisonRenderer();
    assertUpToDate("length-comparison", renderer.render(comparison, "newsbrief compare corpus", "length-comparison.svg"),
        renderer.chart(comparison));
  }

  @Test
  void lengthCurveOfTheDevelopmentSetIsUpToDate() throws IOException {
    Path dev = TestSupport.sharedEval().resolve("duc2003");
    assumeTrue(Files.isDirectory(dev), "DUC 2003 is not at " + dev + ": the committed curve is not checked");
    LengthCurve curve = new LengthCurveEvaluator(SUMMARIZER).evaluate("duc2003", DucDataset.read(dev),
        BudgetList.CURVE_DEFAULT);
    CurveRenderer renderer = new CurveRenderer();
    assertUpToDate("length-curve-duc2003",
        renderer.render(curve, "newsbrief compare --eval ../shared/eval/duc2003", "length-curve-duc2003.svg"),
        renderer.chart(curve));
  }

  private static void assertUpToDate(String name, String markdown, LineChart chart) throws IOException {
    Path folder = TestSupport.projectDir().resolve("summaries");
    Path committedMarkdown = folder.resolve(name + ".md");
    assertEquals(markdown, Files.exists(committedMarkdown) ? Files.readString(committedMarkdown, StandardCharsets.UTF_8) : "",
        "summaries/" + name + ".md is stale: " + REGENERATE);
    Path committedSvg = folder.resolve(name + ".svg");
    assertTrue(Files.exists(committedSvg), "summaries/" + name + ".svg is missing: " + REGENERATE);
    Document svg = SvgCharts.parse(Files.readAllBytes(committedSvg));
    assertEquals(chart.title(), SvgCharts.childText(svg, "title"), "summaries/" + name + ".svg is stale: " + REGENERATE);
    assertEquals(SvgChartWriter.describe(chart), SvgCharts.childText(svg, "desc"),
        "summaries/" + name + ".svg is stale (its axes, series or values differ): " + REGENERATE);
    assertTrue(svg.getElementsByTagNameNS("*", "path").getLength() >= 20, "the chart is drawn, its lettering (one outline per label) included");
    assertTrue(Files.readString(committedSvg, StandardCharsets.UTF_8).contains("stroke-width:2;"), "series lines are drawn");
  }
}
