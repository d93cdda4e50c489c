package newsbrief.compare;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The files of a comparison or a curve, by name, in the order they are listed: {@code NAME.md}
 * and the chart {@code NAME.svg}, and with {@link Format#HTML} also the page {@code NAME.html}.
 */
public final class LengthFiles {
  /** Name of a comparison's files, without the extension. */
  public static final String COMPARISON = "length-comparison";

  /** What is written besides the Markdown and the chart. */
  public enum Format {
    MARKDOWN, HTML;

    /** The format named {@code name} (any case; {@code md} for Markdown), if there is one. */
    public static Optional<Format> named(String name) {
      return switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "markdown", "md" -> Optional.of(MARKDOWN);
        case "html" -> Optional.of(HTML);
        default -> Optional.empty();
      };
    }
  }

  private LengthFiles() {}

  /** The name of a curve's files for the set {@code setName}, without the extension. */
  public static String curve(String setName) {
    return "length-curve-" + setName;
  }

  /**
   * @param command the command line that makes the Markdown and the chart
   * @param pageCommand the command line that makes the page (with its {@code --format html})
   */
  public static Map<String, byte[]> of(LengthComparison comparison, Format format, String command, String pageCommand) {
    ComparisonRenderer renderer = new ComparisonRenderer();
    return files(COMPARISON, format, renderer.chart(comparison), svgName -> renderer.render(comparison, command, svgName),
        svg -> new LengthPage().render(comparison, svg, pageCommand));
  }

  /** As {@link #of(LengthComparison, Format, String, String)}, for a curve. */
  public static Map<String, byte[]> of(LengthCurve curve, Format format, String command, String pageCommand) {
    CurveRenderer renderer = new CurveRenderer();
    return files(curve(curve.name()), format, renderer.chart(curve), svgName -> renderer.render(curve, command, svgName),
        svg -> new LengthPage().render(curve, svg, pageCommand));
  }

  /**
   * {@code name.md}, {@code name.svg} and with {@link Format#HTML} {@code name.html}.
   *
   * @param markdown the Markdown, given the chart's file name it links to
   * @param page the page, given the chart it shows inline
   */
  private static Map<String, byte[]> files(String name, Format format, LineChart chart, UnaryOperator<String> markdown,
      Function<byte[], String> page) {
    byte[] svg = new SvgChartWriter().write(chart);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(name + ".md", utf8(markdown.apply(name + ".svg")));
    files.put(name + ".svg", svg);
    if (format == Format.HTML) {
      files.put(name + ".html", utf8(page.apply(svg)));
    }
    return files;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
