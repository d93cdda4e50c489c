package newsbrief.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.SafeText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link LineChart} with JFreeChart onto JFreeSVG's Graphics2D, so the SVG holds its title,
 * axis titles, tick labels and legend as {@code <text>} elements: a reader can select and search
 * them and a screen reader reads them. A {@code <title>} and a {@code <desc>} (axes, series and
 * their values) are added after the root element's start tag.
 *
 * <p>The same chart is the same bytes in every run and under every default locale: numbers (tick
 * labels and coordinates) are written in the root locale, coordinates rounded to two decimals,
 * and the ids of clip paths are numbered in drawing order. Text is laid out with the metrics of
 * {@value #FONT_FAMILY} when the machine has it, else of Java's logical sans-serif font; a machine
 * with other fonts lays the same text out a little differently ({@link #layoutFont()}).
 */
public final class SvgChartWriter {
  /** Chart width in pixels. */
  public static final int WIDTH = 800;
  /** Height of the title, legend and x axis, and of each panel, in pixels. */
  static final int FRAME_HEIGHT = 150;
  static final int PANEL_HEIGHT = 250;

  /** The font whose metrics lay the text out: on Debian and most Linux systems, and in many others. */
  static final String FONT_FAMILY = "DejaVu Sans";

  private static final Color[] PALETTE = {
    new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c),
    new Color(0x94, 0x67, 0xbd), new Color(0xff, 0x7f, 0x0e), new Color(0x8c, 0x56, 0x4b)};
  /** One shape per colour (a measure), so that lines drawn over one another can still be told apart without colour. */
  private static final Shape[] SHAPES = {
    new Ellipse2D.Double(-4, -4, 8, 8), diamond(), new Rectangle2D.Double(-3.5, -3.5, 7, 7), triangle(1),
    triangle(-1), new Rectangle2D.Double(-4, -1.5, 8, 3)};
  private static final Color MARK = new Color(0xbb, 0xbb, 0xbb);
  private static final Color GRID = new Color(0xe4, 0xe4, 0xe4);
  private static final Color INK = new Color(0x33, 0x33, 0x33);
  private static final BasicStroke SOLID = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
      new float[] {6f, 4f}, 0f);
  private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");

  static {
    // JFreeChart draws rotated text (the y axis titles) as a TextLayout, which a Graphics2D gets
    // as glyph outlines; without this old workaround for a JDK 1.3 bug it calls drawString, text.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  /** The chart as UTF-8 SVG. */
  public byte[] write(LineChart chart) {
    int height = height(chart);
    SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
    graphics.setDefsKeyPrefix("chart-");
    graphics.setGeomDoubleConverter(SvgChartWriter::coordinate);
    graphics.setTransformDoubleConverter(SvgChartWriter::coordinate);
    graphics.setFontFunction(family -> family.equals(FONT_FAMILY) ? "\"DejaVu Sans\", Verdana, sans-serif" : "sans-serif");
    build(chart).draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
    String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + withDescription(graphics.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null), chart) + "\n";
    return svg.getBytes(StandardCharsets.UTF_8);
  }

  /** The chart's height: its frame and one band per panel. */
  static int height(LineChart chart) {
    return FRAME_HEIGHT + PANEL_HEIGHT * chart.panels().size();
  }

  /**
   * The font family text is laid out with: {@value #FONT_FAMILY} when installed, else Java's
   * logical {@code SansSerif} (whatever the machine maps it to).
   */
  public static String layoutFont() {
    return Holder.FAMILY;
  }

  /** Looked up once, and only when a chart is drawn. */
  private static final class Holder {
    static final String FAMILY = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames(Locale.ROOT)).contains(FONT_FAMILY) ? FONT_FAMILY : Font.SANS_SERIF;
  }

  private static JFreeChart build(LineChart chart) {
    String family = layoutFont();
    Font label = new Font(family, Font.PLAIN, 13);
    Font tick = new Font(family, Font.PLAIN, 11);
    NumberAxis x = new NumberAxis(chart.xAxisTitle());
    double largest = chart.series().stream().flatMap(s -> s.x().stream()).mapToDouble(Double::doubleValue).max().orElse(1);
    x.setRange(0, Math.max(1, largest) * 1.04);
    style(x, label, tick, "0");
    x.setTickUnit(new NumberTickUnit(step(largest, 8, true), format("0")));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
    plot.setGap(16);
    for (ChartPanel panel : chart.panels()) {
      XYSeriesCollection data = new XYSeriesCollection();
      XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
      renderer.setDrawSeriesLineAsPath(true);
      renderer.setDrawOutlines(false);
      for (int i = 0; i < panel.series().size(); i++) {
        ChartSeries series = panel.series().get(i);
        XYSeries line = new XYSeries(series.name(), false, true);
        for (int p = 0; p < series.x().size(); p++) {
          line.add(series.x().get(p), series.y().get(p));
        }
        data.addSeries(line);
        renderer.setSeriesPaint(i, PALETTE[series.colour() % PALETTE.length]);
        renderer.setSeriesStroke(i, series.dashed() ? DASHED : SOLID);
        renderer.setSeriesShape(i, SHAPES[series.colour() % SHAPES.length]);
      }
      NumberAxis y = new NumberAxis(panel.yAxisTitle());
      double top = panel.yMax().orElse(panel.series().stream().flatMap(s -> s.y().stream())
          .mapToDouble(Double::doubleValue).max().orElse(1));
      y.setRange(0, panel.yMax().orElse(Math.max(top, 1e-9) * 1.08));
      style(y, label, tick, "0.##");
      y.setTickUnit(new NumberTickUnit(step(top, 5, panel.wholeNumbers()), format("0.##")));
      XYPlot subplot = new XYPlot(data, null, y, renderer);
      subplot.setBackgroundPaint(Color.WHITE);
      subplot.setOutlineVisible(false);
      subplot.setDomainGridlinesVisible(false);
      subplot.setRangeGridlinePaint(GRID);
      subplot.setRangeGridlineStroke(new BasicStroke(1f));
      for (double mark : chart.marks()) {
        subplot.addDomainMarker(new ValueMarker(mark, MARK, new BasicStroke(1f)));
      }
      plot.add(subplot, 1);
    }
    JFreeChart drawn = new JFreeChart(null, label, plot, true);
    drawn.setBackgroundPaint(Color.WHITE);
    drawn.setPadding(new RectangleInsets(8, 8, 8, 16));
    TextTitle title = new TextTitle(SafeText.oneLine(chart.title()), new Font(family, Font.BOLD, 16));
    title.setPaint(INK);
    title.setPadding(new RectangleInsets(4, 4, 8, 4));
    drawn.setTitle(title);
    LegendTitle legend = drawn.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(label);
    legend.setItemPaint(INK);
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    return drawn;
  }

  private static void style(NumberAxis axis, Font label, Font tick, String pattern) {
    axis.setLabelFont(label);
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(tick);
    axis.setTickLabelPaint(INK);
    axis.setAxisLinePaint(MARK);
    axis.setTickMarkPaint(MARK);
    axis.setNumberFormatOverride(format(pattern));
  }

  private static DecimalFormat format(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /**
   * A round tick step (1, 2, 2.5 or 5 times a power of ten) that cuts {@code span} into at most
   * about {@code ticks} parts; at least 1 for whole numbers.
   */
  static double step(double span, int ticks, boolean wholeNumbers) {
    double raw = Math.max(span, 1e-9) / ticks;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = 10 * power;
    for (double factor : new double[] {1, 2, 2.5, 5}) {
      if (factor * power >= raw) {
        step = factor * power;
        break;
      }
    }
    return wholeNumbers ? Math.max(1, Math.rint(step)) : step;
  }

  /** A coordinate with at most two decimals, in the root locale: {@code 12.5}, {@code 3}, {@code -0.25}. */
  static String coordinate(double value) {
    if (!Double.isFinite(value)) {
      return "0";
    }
    String text = BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  private static Shape diamond() {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(0, -5);
    path.lineTo(5, 0);
    path.lineTo(0, 5);
    path.lineTo(-5, 0);
    path.closePath();
    return path;
  }

  private static Shape triangle(int up) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(0, -4.5 * up);
    path.lineTo(4.5, 4 * up);
    path.lineTo(-4.5, 4 * up);
    path.closePath();
    return path;
  }

  /** {@code svg} with a title and a description of the chart right after its root element's start tag. */
  static String withDescription(String svg, LineChart chart) {
    Matcher root = ROOT.matcher(svg);
    if (!root.find()) {
      throw new IllegalStateException("the chart library wrote no <svg> element");
    }
    String description = "<title>" + escape(SafeText.oneLine(chart.title())) + "</title><desc>"
        + escape(SafeText.oneLine(describe(chart))) + "</desc>";
    return svg.substring(0, root.end()) + description + svg.substring(root.end());
  }

  /** The chart in words: its axes, then each series with its points. */
  static String describe(LineChart chart) {
    StringBuilder text = new StringBuilder();
    text.append("x axis: ").append(chart.xAxisTitle()).append('.');
    for (ChartPanel panel : chart.panels()) {
      text.append(" y axis").append(chart.panels().size() > 1 ? " of a panel" : "").append(": ")
          .append(panel.yAxisTitle()).append('.');
      for (ChartSeries series : panel.series()) {
        text.append(" Series '").append(series.name()).append("': ").append(points(series)).append('.');
      }
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
