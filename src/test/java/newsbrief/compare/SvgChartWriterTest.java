package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The SVG of a chart: well-formed, its lettering real text (title, axis titles, tick labels,
 * legend), described, the same bytes every time and under every default locale.
 */
class SvgChartWriterTest {
  private static final List<Double> X = List.of(50.0, 100.0, 200.0);
  private static final LineChart CHART = new LineChart("Brief length: story", "budget (words)", List.of(
      new ChartPanel("facts covered", List.of(new ChartSeries("facts", X, List.of(2.0, 4.0, 7.0), 2, false)),
          Optional.empty(), true),
      new ChartPanel("share", List.of(new ChartSeries("ROUGE-1 recall", X, List.of(0.2, 0.5, 1.0), 0, true),
          new ChartSeries("ROUGE-2 recall & more <b>", X, List.of(0.125, 0.25, 0.5), 1, false)), Optional.of(1.0), false)),
      X);

  private final byte[] svg = new SvgChartWriter().write(CHART);

  @Test
  void theSameChartGivesTheSameBytes() {
    assertArrayEquals(svg, new SvgChartWriter().write(CHART));
  }

  @Test
  void theChartIsTheSameBytesWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.forLanguageTag("ar-EG"),
          Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
        Locale.setDefault(locale);
        assertArrayEquals(svg, new SvgChartWriter().write(CHART), locale.toString());
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theAxisTitlesTickLabelsAndLegendAreTextElements() throws IOException {
    List<String> texts = SvgCharts.texts(SvgCharts.parse(svg));
    for (String label : List.of("Brief length: story", "budget (words)", "facts covered", "share", "facts",
        "ROUGE-1 recall", "ROUGE-2 recall & more <b>")) {
      assertTrue(texts.contains(label), label + " is not a <text> of " + texts);
    }
    for (String tick : List.of("0", "50", "100", "150", "200", "0.2", "0.4", "1")) {
      assertTrue(texts.contains(tick), "tick label " + tick + " is not a <text> of " + texts);
    }
    assertFalse(texts.stream().anyMatch(t -> t.contains(",")), "no decimal commas: " + texts);
  }

  @Test
  void itIsAnSvgDocumentWithTheChartsTitleAndADescriptionOfItsAxesAndSeries() throws IOException {
    Document document = SvgCharts.parse(svg);
    assertEquals("svg", document.getDocumentElement().getLocalName());
    assertEquals("800", document.getDocumentElement().getAttribute("width"));
    assertEquals("0 0 800 " + SvgChartWriter.height(CHART), document.getDocumentElement().getAttribute("viewBox"));
    assertEquals("Brief length: story", SvgCharts.childText(document, "title"));
    assertEquals("x axis: budget (words). y axis of a panel: facts covered. Series 'facts': 50 2.0000, 100 4.0000, "
        + "200 7.0000. y axis of a panel: share. Series 'ROUGE-1 recall': 50 0.2000, 100 0.5000, 200 1.0000. "
        + "Series 'ROUGE-2 recall & more <b>': 50 0.1250, 100 0.2500, 200 0.5000.", SvgCharts.childText(document, "desc"));
  }

  @Test
  void eachSeriesIsDrawnInItsColourAndDashedOnesDashed() {
    String text = new String(svg, StandardCharsets.UTF_8);
    assertTrue(text.matches("(?s).*stroke-width:2\\.0;stroke:rgb\\(44,160,44\\);[^']*stroke-linecap:round.*"), "solid green");
    assertTrue(text.matches("(?s).*stroke-width:2\\.0;stroke:rgb\\(31,119,180\\);[^']*stroke-dasharray.*"), "dashed blue");
  }

  @Test
  void everyClipPathReferenceIsDefined() {
    String text = new String(svg, StandardCharsets.UTF_8);
    TreeSet<String> defined = new TreeSet<>();
    Matcher definitions = Pattern.compile("<clipPath id='([^']+)'").matcher(text);
    while (definitions.find()) {
      defined.add(definitions.group(1));
    }
    assertTrue(defined.contains("chart-clip-0"), text.substring(0, 600));
    Matcher references = Pattern.compile("url\\(#([^)]+)\\)").matcher(text);
    while (references.find()) {
      assertTrue(defined.contains(references.group(1)), references.group(1));
    }
  }

  @Test
  void coordinatesHaveAtMostTwoDecimalsAndTicksRoundSteps() {
    assertEquals("12.5", SvgChartWriter.coordinate(12.5));
    assertEquals("3", SvgChartWriter.coordinate(3.0000001));
    assertEquals("0", SvgChartWriter.coordinate(-0.001));
    assertEquals("-0.25", SvgChartWriter.coordinate(-0.251));
    assertEquals("0", SvgChartWriter.coordinate(Double.NaN));
    assertEquals(50.0, SvgChartWriter.step(400, 8, true));
    assertEquals(0.2, SvgChartWriter.step(0.68, 5, false), 1e-12);
    assertEquals(1.0, SvgChartWriter.step(2, 5, true), "whole numbers step by 1 at least");
    assertEquals(2.5, SvgChartWriter.step(12, 5, false));
  }

  @Test
  void chartsWithoutPanelsOrSeriesOrWithMissingValuesOrTwiceOneNameAreRefused() {
    ChartSeries one = new ChartSeries("s", X, List.of(0.1, 0.2, 0.3), 0, false);
    assertThrows(IllegalArgumentException.class, () -> new LineChart("t", "x", List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ChartPanel("y", List.of(), Optional.empty(), false));
    assertThrows(IllegalArgumentException.class, () -> new LineChart("t", "x", List.of(
        new ChartPanel("a", List.of(one), Optional.empty(), false), new ChartPanel("b", List.of(one), Optional.empty(), false)),
        List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new ChartSeries("s", List.of(1.0, 2.0), List.of(0.5, Double.NaN), 0, false));
    assertThrows(IllegalArgumentException.class, () -> new ChartSeries("s", List.of(1.0, 2.0), List.of(0.5), 0, false));
  }
}
