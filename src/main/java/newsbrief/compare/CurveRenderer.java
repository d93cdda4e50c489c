package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Renders a {@link LengthCurve}: a Markdown file with the table of mean ROUGE recall per budget,
 * what each step of budget adds per 100 words, how the scores were made and the chart; the table
 * alone for a terminal; and the {@link LineChart}. Only scores are written, never a text of the
 * set. Pure.
 */
public final class CurveRenderer {
  /**
   * @param command the command line that makes this file
   * @param chartFile the chart's file name, relative to the Markdown file
   */
  public String render(LengthCurve curve, String command, String chartFile) {
    int largest = curve.budgets().largest().limit();
    String unit = curve.budgets().unitName();
    return table(curve)
        + "\n![Mean ROUGE recall against budget](" + chartFile + ")\n"
        + "\n## How the scores are made\n\n"
        + "Each cluster is analysed and ranked once. At every budget two briefs are scored: the **brief** the "
        + "summarizer chooses when asked for that budget (what `newsbrief brief --" + unit + " N` writes), and the "
        + "**nested** brief, the longest start of its choice at " + largest + " " + unit + " that fits (as "
        + "`newsbrief compare` shows them). Each is scored against all the cluster's reference summaries with our "
        + "ROUGE-1.5.5 scorer: recall, stemming on, no length limit (the brief is read whole), then averaged over "
        + "the clusters. Recall can only grow with length; where it stops growing much is the length beyond which "
        + "a reader gets little more of what the reference writers thought mattered. At the smallest budgets the "
        + "nested brief is often empty, and scores below the brief: its first choice, the newest article's lead, "
        + "is then longer than the budget, and a nested brief skips nothing to fill it.\n"
        + "\n**gain per 100 " + unit + "** is the rise in the brief's mean recall from the budget before, per 100 "
        + unit + " of budget.\n"
        + "\nMade by `" + command + "`.\n";
  }

  /** The title, what was scored, and the table: what the command prints. */
  public String table(LengthCurve curve) {
    StringBuilder out = new StringBuilder();
    out.append("# ROUGE against brief length: ").append(curve.name()).append("\n\n");
    out.append(curve.clusters()).append(curve.clusters() == 1 ? " cluster" : " clusters").append(" scored");
    if (curve.leftOut() > 0) {
      out.append(" (").append(curve.leftOut()).append(" left out: no reference summaries, or no sentence)");
    }
    out.append(". Budgets: ").append(curve.budgets().describe()).append(". Mean ROUGE recall against the references, ")
        .append("stemmed, no length limit.\n\n");
    String unit = curve.budgets().unitName();
    out.append("| budget | mean words | R-1 brief | R-2 brief | R-1 gain per 100 ").append(unit)
        .append(" | R-2 gain per 100 ").append(unit).append(" | R-1 nested | R-2 nested |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    CurvePoint previous = null;
    for (CurvePoint point : curve.points()) {
      out.append(String.format(Locale.ROOT, "| %d | %.1f | %.4f | %.4f | %s | %s | %.4f | %.4f |%n",
          point.budget().limit(), point.meanWords(), point.ownChoice().rouge1(), point.ownChoice().rouge2(),
          gain(previous, point, true), gain(previous, point, false), point.nested().rouge1(), point.nested().rouge2()));
      previous = point;
    }
    out.append('\n').append(knees(curve));
    return out.toString();
  }

  /** Where each of the brief's two curves turns from steep to flat ({@link Knee}). */
  static String knees(LengthCurve curve) {
    List<Double> x = curve.budgets().limits().stream().map(Integer::doubleValue).toList();
    String unit = curve.budgets().unitName();
    OptionalInt rouge1 = Knee.of(x, curve.points().stream().map(p -> p.ownChoice().rouge1()).toList());
    OptionalInt rouge2 = Knee.of(x, curve.points().stream().map(p -> p.ownChoice().rouge2()).toList());
    return "Knee of the brief's curve (the budget furthest above the straight line from the first budget to the last, "
        + "both axes scaled to [0, 1]): ROUGE-1 at " + knee(curve, rouge1, unit) + ", ROUGE-2 at "
        + knee(curve, rouge2, unit) + ".\n";
  }

  private static String knee(LengthCurve curve, OptionalInt index, String unit) {
    return index.isPresent() ? curve.budgets().limits().get(index.getAsInt()) + " " + unit : "none (the curve does not flatten)";
  }

  /** The chart: mean ROUGE-1 and ROUGE-2 recall against budget, of the brief (solid) and the nested brief (dashed). */
  public LineChart chart(LengthCurve curve) {
    List<Double> x = curve.budgets().limits().stream().map(Integer::doubleValue).toList();
    List<CurvePoint> points = curve.points();
    List<ChartSeries> series = new ArrayList<>();
    series.add(new ChartSeries("ROUGE-1 recall, brief", x, points.stream().map(p -> p.ownChoice().rouge1()).toList(), 0, false));
    series.add(new ChartSeries("ROUGE-2 recall, brief", x, points.stream().map(p -> p.ownChoice().rouge2()).toList(), 1, false));
    series.add(new ChartSeries("ROUGE-1 recall, nested brief", x, points.stream().map(p -> p.nested().rouge1()).toList(), 0, true));
    series.add(new ChartSeries("ROUGE-2 recall, nested brief", x, points.stream().map(p -> p.nested().rouge2()).toList(), 1, true));
    return new LineChart("Mean ROUGE recall against brief length: " + curve.name() + " (" + curve.clusters() + " clusters)",
        "budget (" + curve.budgets().unitName() + ")", "mean ROUGE recall", series, x, Optional.empty());
  }

  /** The rise of the brief's recall from {@code previous} to {@code point}, per 100 units of budget; - for the first. */
  private static String gain(CurvePoint previous, CurvePoint point, boolean rouge1) {
    if (previous == null) {
      return "-";
    }
    double rise = rouge1 ? point.ownChoice().rouge1() - previous.ownChoice().rouge1()
        : point.ownChoice().rouge2() - previous.ownChoice().rouge2();
    return String.format(Locale.ROOT, "%.4f", rise * 100 / (point.budget().limit() - previous.budget().limit()));
  }
}
