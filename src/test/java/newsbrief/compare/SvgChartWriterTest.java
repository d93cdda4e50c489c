package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The SVG of a chart: well-formed, described, one line per series, the same bytes every time. */
class SvgChartWriterTest {
  private static final LineChart CHART = new LineChart("Brief length: story", "budget (words)", "share",
      List.of(new ChartSeries("centrality covered", List.of(50.0, 100.0, 200.0), List.of(0.1, 0.25, 0.4), 2, false),
          new ChartSeries("ROUGE-1 recall", List.of(50.0, 100.0, 200.0), List.of(0.2, 0.5, 1.0), 0, true)),
      List.of(50.0, 100.0, 200.0), Optional.of(1.0));

  private final byte[] svg = new SvgChartWriter().write(CHART);

  @Test
  void theSameChartGivesTheSameBytes() {
    assertArrayEquals(svg, new SvgChartWriter().write(CHART));
  }

  @Test
  void theChartIsTheSameBytesWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
        Locale.setDefault(locale);
        assertArrayEquals(svg, new SvgChartWriter().write(CHART), locale.toString());
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void itIsAnSvgDocumentWithTheChartsTitleAndADescriptionOfItsAxesAndSeries() throws IOException {
    Document document = SvgCharts.parse(svg);
    assertEquals("svg", document.getDocumentElement().getLocalName());
    assertEquals("800px", document.getDocumentElement().getAttribute("width"));
    assertEquals("Brief length: story", SvgCharts.childText(document, "title"));
    assertEquals("x axis: budget (words). y axis: share. Series 'centrality covered': 50 0.1000, 100 0.2500, 200 0.4000. "
        + "Series 'ROUGE-1 recall': 50 0.2000, 100 0.5000, 200 1.0000.", SvgCharts.childText(document, "desc"));
    assertTrue(document.getElementsByTagNameNS("*", "path").getLength() > 0);
  }

  @Test
  void eachSeriesIsDrawnInItsColourAndDashedOnesDashed() {
    String text = new String(svg, StandardCharsets.UTF_8);
    assertTrue(text.matches("(?s).*stroke:rgb\\(44,160,44\\);stroke-width:2;[^\"]*stroke-linecap:round.*"), "solid green");
    assertTrue(text.matches("(?s).*stroke:rgb\\(31,119,180\\);stroke-width:2;[^\"]*stroke-dasharray.*"), "dashed blue");
  }

  @Test
  void clipPathsAreNumberedInOrderAndEveryReferenceIsDefined() {
    String text = new String(svg, StandardCharsets.UTF_8);
    TreeSet<String> defined = new TreeSet<>();
    Matcher definitions = Pattern.compile("<clipPath id=\"(clip\\d+)\"").matcher(text);
    while (definitions.find()) {
      defined.add(definitions.group(1));
    }
    assertTrue(defined.contains("clip1"), text.substring(0, 600));
    Matcher references = Pattern.compile("url\\(#([^)]+)\\)").matcher(text);
    while (references.find()) {
      assertTrue(defined.contains(references.group(1)), references.group(1));
    }
  }

  @Test
  void renumberingFollowsFirstUse() {
    assertEquals("<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><clipPath id=\"clip2\"/>",
        SvgChartWriter.renumberClips("<clipPath id=\"clip-77\"/><g clip-path=\"url(#clip-77)\"/><clipPath id=\"clip5\"/>"));
  }

  @Test
  void chartsWithoutSeriesOrWithMissingValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LineChart("t", "x", "y", List.of(), List.of(), Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> new ChartSeries("s", List.of(1.0, 2.0), List.of(0.5, Double.NaN), 0, false));
    assertThrows(IllegalArgumentException.class, () -> new ChartSeries("s", List.of(1.0, 2.0), List.of(0.5), 0, false));
  }
}
