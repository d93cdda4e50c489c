package newsbrief.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;

/**
 * Renders a {@link LengthCurve}: a Markdown file with the table of mean ROUGE recall and facts
 * covered per budget, what each step of budget adds per 100 words, the curves' knees, how the
 * scores were made and the chart; the table alone for a terminal; the {@link Table} the HTML page
 * shows too; and the {@link LineChart}. Only scores are written, never a text of the set. Pure.
 */
public final class CurveRenderer {
  /**
   * @param command the command line that makes this file
   * @param chartFile the chart's file name, relative to the Markdown file
   */
  public String render(LengthCurve curve, String command, String chartFile) {
    return table(curve)
        + "\n![Mean ROUGE recall and facts covered against budget](" + chartFile + ")\n"
        + "\n## How the scores are made\n\n" + howMade(curve) + "\n"
        + "\nMade by `" + command + "`.\n";
  }

  /** How the scores are made, in a paragraph or three. */
  public String howMade(LengthCurve curve) {
    String unit = curve.budgets().unitName();
    return "Each cluster is analysed and ranked once, and its facts found once. At every budget two briefs are "
        + "scored: the **brief** the summarizer chooses when asked for that budget (what `newsbrief brief --" + unit
        + " N` writes), and the **nested** brief, the nested brief of the budget before extended with the best "
        + "additions that fit (as `newsbrief compare` shows them). Each is scored against all the cluster's reference "
        + "summaries with our ROUGE-1.5.5 scorer: recall, stemming on, no length limit (the brief is read whole), "
        + "then averaged over the clusters. Recall can only grow with length; where it stops growing much is the "
        + "length beyond which a reader gets little more of what the reference writers thought mattered.\n\n"
        + "**facts** is the mean number of the cluster's facts the brief covers, **facts told by 2+ reports** those "
        + "of them that two or more independent reports give, and **facts per 100 words** all the clusters' facts "
        + "covered per 100 of their briefs' words. " + curve.factDefinition() + "\n\n"
        + "**gain per 100 " + unit + "** is the rise in the brief's mean recall from the budget before, per 100 "
        + unit + " of budget. The knee of a curve is the budget furthest above the straight line from its first "
        + "budget to its last, both axes scaled to [0, 1]: where it turns from steep to flat.";
  }

  /** The title, what was scored, the table and the knees: what the command prints. */
  public String table(LengthCurve curve) {
    StringBuilder out = new StringBuilder();
    out.append("# ROUGE and facts against brief length: ").append(newsbrief.render.MarkdownText.inline(curve.name())).append("\n\n");
    out.append(about(curve)).append("\n\n");
    out.append(cells(curve).markdown());
    out.append('\n').append(knees(curve));
    return out.toString();
  }

  /** What was scored, in a sentence. */
  public String about(LengthCurve curve) {
    StringBuilder out = new StringBuilder();
    out.append(curve.clusters()).append(curve.clusters() == 1 ? " cluster" : " clusters").append(" scored");
    if (curve.leftOut() > 0) {
      out.append(" (").append(curve.leftOut()).append(" left out: no reference summaries, or no sentence)");
    }
    out.append(". Budgets: ").append(curve.budgets().describe()).append(". Mean ROUGE recall against the references, ")
        .append("stemmed, no length limit, and mean facts covered.");
    return out.toString();
  }

  /** The table's cells: one row per budget. */
  public Table cells(LengthCurve curve) {
    String unit = curve.budgets().unitName();
    List<String> header = List.of("budget", "mean words", "R-1 brief", "R-2 brief", "R-1 gain per 100 " + unit,
        "R-2 gain per 100 " + unit, "facts brief", "facts told by 2+ reports brief", "facts per 100 words brief",
        "mean words nested", "R-1 nested", "R-2 nested", "facts nested", "facts per 100 words nested");
    List<List<String>> rows = new ArrayList<>();
    CurvePoint previous = null;
    for (CurvePoint point : curve.points()) {
      CurveMeasures brief = point.brief();
      CurveMeasures nested = point.nested();
      rows.add(List.of(String.valueOf(point.budget().limit()), one(brief.meanWords()), four(brief.recall().rouge1()),
          four(brief.recall().rouge2()), gain(previous, point, true), gain(previous, point, false), two(brief.meanFacts()),
          two(brief.meanSharedFacts()), two(brief.factsPer100Words()), one(nested.meanWords()),
          four(nested.recall().rouge1()), four(nested.recall().rouge2()), two(nested.meanFacts()),
          two(nested.factsPer100Words())));
      previous = point;
    }
    return new Table(header, header.stream().map(h -> true).toList(), rows);
  }

  /** Where each curve of the brief, and of the nested brief, turns from steep to flat ({@link Knee}). */
  public String knees(LengthCurve curve) {
    return "Knee of the brief's curves: " + knees(curve, CurvePoint::brief) + ". Of the nested brief's: "
        + knees(curve, CurvePoint::nested) + ".\n";
  }

  private static String knees(LengthCurve curve, java.util.function.Function<CurvePoint, CurveMeasures> kind) {
    return "ROUGE-1 at " + knee(curve, p -> kind.apply(p).recall().rouge1()) + ", ROUGE-2 at "
        + knee(curve, p -> kind.apply(p).recall().rouge2()) + ", facts at " + knee(curve, p -> kind.apply(p).meanFacts())
        + ", facts told by 2+ reports at " + knee(curve, p -> kind.apply(p).meanSharedFacts());
  }

  /** The budget at the knee of one measure's curve, or why there is none. */
  public static String knee(LengthCurve curve, ToDoubleFunction<CurvePoint> measure) {
    List<Double> x = curve.budgets().limits().stream().map(Integer::doubleValue).toList();
    OptionalInt index = Knee.of(x, curve.points().stream().map(measure::applyAsDouble).toList());
    return index.isPresent() ? curve.budgets().limits().get(index.getAsInt()) + " " + curve.budgets().unitName()
        : "none (the curve does not flatten)";
  }

  /**
   * The chart: mean ROUGE recall, mean facts covered and facts per 100 words against budget, of the
   * brief (solid) and the nested brief (dashed).
   */
  public LineChart chart(LengthCurve curve) {
    List<Double> x = curve.budgets().limits().stream().map(Integer::doubleValue).toList();
    List<CurvePoint> points = curve.points();
    List<ChartSeries> rouge = List.of(
        series("ROUGE-1 recall, brief", x, points, p -> p.brief().recall().rouge1(), 0, false),
        series("ROUGE-2 recall, brief", x, points, p -> p.brief().recall().rouge2(), 1, false),
        series("ROUGE-1 recall, nested brief", x, points, p -> p.nested().recall().rouge1(), 0, true),
        series("ROUGE-2 recall, nested brief", x, points, p -> p.nested().recall().rouge2(), 1, true));
    List<ChartSeries> facts = List.of(
        series("facts, brief", x, points, p -> p.brief().meanFacts(), 2, false),
        series("facts told by 2+ reports, brief", x, points, p -> p.brief().meanSharedFacts(), 3, false),
        series("facts, nested brief", x, points, p -> p.nested().meanFacts(), 2, true),
        series("facts told by 2+ reports, nested brief", x, points, p -> p.nested().meanSharedFacts(), 3, true));
    List<ChartSeries> perWord = List.of(
        series("facts per 100 words, brief", x, points, p -> p.brief().factsPer100Words(), 4, false),
        series("facts per 100 words, nested brief", x, points, p -> p.nested().factsPer100Words(), 4, true));
    return new LineChart("ROUGE and facts against brief length: " + curve.name() + " (" + curve.clusters()
        + (curve.clusters() == 1 ? " cluster)" : " clusters)"), "budget (" + curve.budgets().unitName() + ")",
        List.of(new ChartPanel("mean ROUGE recall", rouge, java.util.Optional.empty(), false),
            new ChartPanel("mean facts covered", facts, java.util.Optional.empty(), true),
            new ChartPanel("facts per 100 words", perWord, java.util.Optional.empty(), false)), x);
  }

  private static ChartSeries series(String name, List<Double> x, List<CurvePoint> points,
      ToDoubleFunction<CurvePoint> measure, int colour, boolean dashed) {
    return new ChartSeries(name, x, points.stream().map(measure::applyAsDouble).toList(), colour, dashed);
  }

  /** The rise of the brief's recall from {@code previous} to {@code point}, per 100 units of budget; - for the first. */
  private static String gain(CurvePoint previous, CurvePoint point, boolean rouge1) {
    if (previous == null) {
      return "-";
    }
    double rise = rouge1 ? point.brief().recall().rouge1() - previous.brief().recall().rouge1()
        : point.brief().recall().rouge2() - previous.brief().recall().rouge2();
    return four(rise * 100 / (point.budget().limit() - previous.budget().limit()));
  }

  private static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String four(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
