package newsbrief.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link LineChart} with XChart and writes it as SVG through VectorGraphics2D. XChart draws
 * text as glyph outlines, so the file needs no font to be read but holds no text a program can
 * find; a {@code <title>} and a {@code <desc>} (axes, series and their values) are added after the
 * root element for screen readers and checks. The clip-path ids VectorGraphics2D derives from hash
 * codes are renumbered in order, so the same chart always gives the same bytes on one platform.
 */
public final class SvgChartWriter {
  /** Chart size in pixels. */
  public static final int WIDTH = 800;
  public static final int HEIGHT = 520;

  private static final Color[] PALETTE = {
    new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c),
    new Color(0x94, 0x67, 0xbd), new Color(0xff, 0x7f, 0x0e), new Color(0x8c, 0x56, 0x4b)};
  /** One shape per series, so that lines drawn over one another can still be told apart. */
  private static final Marker[] MARKERS = {
    SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP,
    SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS};
  private static final Color MARK = new Color(0xbb, 0xbb, 0xbb);
  private static final Pattern CLIP_ID = Pattern.compile("clip-?\\d+");
  private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");

  /** The chart as UTF-8 SVG. */
  public byte[] write(LineChart chart) {
    XYChart xy = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(chart.title())
        .xAxisTitle(chart.xAxisTitle()).yAxisTitle(chart.yAxisTitle()).build();
    xy.getStyler()
        .setChartBackgroundColor(Color.WHITE)
        .setLegendPosition(LegendPosition.OutsideS)
        .setLegendBorderColor(Color.WHITE)
        .setPlotBorderVisible(false)
        .setMarkerSize(8);
    xy.getStyler().setPlotGridVerticalLinesVisible(false);
    // Tick labels in the root locale, so that the chart is the same bytes on every machine (no decimal commas).
    xy.getStyler().setLocale(Locale.ROOT);
    xy.getStyler().setYAxisMin(0.0).setYAxisDecimalPattern("0.0#").setXAxisDecimalPattern("0");
    chart.yMax().ifPresent(max -> xy.getStyler().setYAxisMax(max));
    for (double mark : chart.marks()) {
      AnnotationLine line = new AnnotationLine(mark, true, false);
      xy.addAnnotation(line);
    }
    xy.getStyler().setAnnotationLineColor(MARK).setAnnotationLineStroke(new BasicStroke(1f));
    for (int i = 0; i < chart.series().size(); i++) {
      ChartSeries series = chart.series().get(i);
      XYSeries line = xy.addSeries(series.name(), series.x(), series.y());
      line.setLineColor(PALETTE[series.colour() % PALETTE.length]);
      line.setMarkerColor(PALETTE[series.colour() % PALETTE.length]);
      line.setLineStyle(series.dashed() ? SeriesLines.DASH_DASH : SeriesLines.SOLID);
      line.setMarker(MARKERS[i % MARKERS.length]);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(xy, out, VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return withDescription(renumberClips(out.toString(StandardCharsets.UTF_8)), chart).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code svg} with every clip-path id replaced by {@code clip1}, {@code clip2}, ... in order of first use. */
  static String renumberClips(String svg) {
    Map<String, String> names = new LinkedHashMap<>();
    Matcher matcher = CLIP_ID.matcher(svg);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = names.computeIfAbsent(matcher.group(), id -> "clip" + (names.size() + 1));
      matcher.appendReplacement(out, name);
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** {@code svg} with a title and a description of the chart right after its root element's start tag. */
  static String withDescription(String svg, LineChart chart) {
    Matcher root = ROOT.matcher(svg);
    if (!root.find()) {
      throw new IllegalStateException("the chart library wrote no <svg> element");
    }
    String description = "\n  <title>" + escape(chart.title()) + "</title>\n  <desc>" + escape(describe(chart)) + "</desc>";
    return svg.substring(0, root.end()) + description + svg.substring(root.end());
  }

  /** The chart in words: its axes, then each series with its points. */
  static String describe(LineChart chart) {
    StringBuilder text = new StringBuilder();
    text.append("x axis: ").append(chart.xAxisTitle()).append(". y axis: ").append(chart.yAxisTitle()).append('.');
    for (ChartSeries series : chart.series()) {
      text.append(" Series '").append(series.name()).append("': ").append(points(series)).append('.');
    }
    return text.toString();
  }

  private static String points(ChartSeries series) {
    List<String> points = new ArrayList<>();
    for (int i = 0; i < series.x().size(); i++) {
      points.add(String.format(Locale.ROOT, "%s %.4f", number(series.x().get(i)), series.y().get(i)));
    }
    return String.join(", ", points);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
