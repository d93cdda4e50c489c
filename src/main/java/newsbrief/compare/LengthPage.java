package newsbrief.compare;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsbrief.Article;
import newsbrief.BriefLine;
import newsbrief.render.BriefWording;
import newsbrief.render.HtmlPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A comparison, or a curve, as one self-contained HTML page to read on a phone or a desktop: the
 * title and what was compared, the chart inline (the same SVG as the chart file), the table and
 * its notes, and, for a comparison, the briefs side by side in columns, one per length (swiped
 * sideways on a phone), with what each adds to the one before marked, then the sources. The style
 * is inline and nothing is fetched from elsewhere. The page is built as a jsoup document, so every
 * text taken from the articles is escaped by the library, never joined into markup, and its control
 * characters are neutralised ({@link BriefWording#plain}). Pure: the same comparison gives the same
 * bytes.
 */
public final class LengthPage {
  private static final String STYLE = """
      :root { color-scheme: light dark; --ink: #1b1b1b; --muted: #5c5c5c; --rule: #d8d8d8; --new: #fff3c4; --paper: #ffffff; }
      @media (prefers-color-scheme: dark) {
        :root { --ink: #e8e8e8; --muted: #a8a8a8; --rule: #3a3a3a; --new: #4a3f12; --paper: #141414; }
      }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
      body { margin: 0; background: var(--paper); color: var(--ink);
        font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
      main { max-width: 90rem; margin: 0 auto; padding: 1rem 1.1rem 3rem; }
      h1 { font-size: 1.5rem; line-height: 1.2; margin: 0.6rem 0 0.4rem; }
      h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
      p.about, p.meta { color: var(--muted); margin: 0 0 0.8rem; }
      figure { margin: 1rem 0; max-width: 50rem; }
      figure svg { width: 100%; height: auto; background: #ffffff; border-radius: 4px; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
      th, td { padding: 0.3rem 0.55rem; border-bottom: 1px solid var(--rule); }
      th { text-align: right; vertical-align: bottom; font-weight: 600; }
      td.n { text-align: right; white-space: nowrap; }
      td.w, th.w { text-align: center; }
      .columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(16rem, 1fr); gap: 1rem;
        align-items: start; overflow-x: auto; scroll-snap-type: x mandatory; padding-bottom: 0.5rem; }
      .columns section { scroll-snap-align: start; border: 1px solid var(--rule); border-radius: 6px; padding: 0.7rem 0.8rem; }
      .columns h3 { font-size: 1.05rem; margin: 0 0 0.2rem; }
      ul.lines { list-style: none; margin: 0.4rem 0 0; padding: 0; }
      ul.lines li { margin: 0 0 0.7rem; padding: 0.1rem 0 0.1rem 0.6rem; border-left: 3px solid var(--rule); overflow-wrap: anywhere; }
      ul.lines li.new { background: var(--new); border-left-color: #c8a400; }
      .mark { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; margin-right: 0.3rem; }
      .cite, .also { color: var(--muted); font-size: 0.85em; }
      ul.dropped li { text-decoration: line-through; color: var(--muted); }
      ol.sources { font-size: 0.9rem; color: var(--muted); padding-left: 1.8rem; }
      ol.sources li { margin: 0.25rem 0; overflow-wrap: anywhere; }
      footer { margin-top: 2.5rem; font-size: 0.85rem; color: var(--muted); }
      code { font-size: 0.9em; }
      """;

  /**
   * The page of a comparison.
   *
   * @param svg the chart, as {@link SvgChartWriter} writes it
   * @param command the command line that makes this page
   */
  public String render(LengthComparison comparison, byte[] svg, String command) {
    ComparisonRenderer renderer = new ComparisonRenderer();
    HtmlPage page = page("Brief length comparison: " + BriefWording.plain(comparison.name()), renderer.about(comparison),
        svg, renderer.cells(comparison));
    Element main = page.main();
    List<String> notes = renderer.notes(comparison);
    if (!notes.isEmpty()) {
      Element list = main.appendElement("ul").addClass("notes");
      notes.forEach(note -> list.appendElement("li").text(note));
    }
    main.appendElement("h2").text("The briefs side by side");
    main.appendElement("p").addClass("about").text("Each brief is the one before plus what is marked new; "
        + "a sentence marked \"new, no new fact\" reports a fact that the brief before, or a sentence added before it, "
        + "already reports.");
    Element columns = main.appendElement("div").addClass("columns");
    for (int k = 0; k < comparison.briefs().size(); k++) {
      appendBrief(columns, comparison, k);
    }
    main.appendElement("h2").text("What the columns mean");
    Element meaning = main.appendElement("ul");
    renderer.columns(comparison).forEach(column -> meaning.appendElement("li").text(column.replace("**", "")));
    main.appendElement("h2").text("Sources");
    Element sources = main.appendElement("ol").addClass("sources");
    for (Article article : comparison.longest().brief().sources()) {
      sources.appendElement("li").text(BriefWording.source(article));
    }
    appendFooter(main, command);
    return page.html();
  }

  /**
   * The page of a curve.
   *
   * @param svg the chart, as {@link SvgChartWriter} writes it
   * @param command the command line that makes this page
   */
  public String render(LengthCurve curve, byte[] svg, String command) {
    CurveRenderer renderer = new CurveRenderer();
    HtmlPage page = page("ROUGE and facts against brief length: " + BriefWording.plain(curve.name()), renderer.about(curve),
        svg, renderer.cells(curve));
    Element main = page.main();
    main.appendElement("p").text(renderer.knees(curve).strip());
    main.appendElement("h2").text("How the scores are made");
    for (String paragraph : renderer.howMade(curve).split("\n\n")) {
      main.appendElement("p").text(paragraph.replace("**", "").replace("`", ""));
    }
    appendFooter(main, command);
    return page.html();
  }

  private static void appendBrief(Element columns, LengthComparison comparison, int index) {
    ComparedBrief brief = comparison.briefs().get(index);
    ComparedBrief shorter = comparison.shorter(index);
    Element column = columns.appendElement("section").attr("aria-label", brief.budget().toString());
    column.appendElement("h3").text(brief.budget().toString());
    column.appendElement("p").addClass("meta").text(ComparisonRenderer.heading(brief)
        .substring(brief.budget().toString().length() + 2));
    if (brief.brief().lines().isEmpty()) {
      column.appendElement("p").text("No sentence fits this budget.");
      return;
    }
    Set<Integer> added = new HashSet<>(brief.added());
    Element list = column.appendElement("ul").addClass("lines");
    for (BriefLine line : brief.brief().lines()) {
      int s = ComparisonRenderer.sentenceIndex(brief, line);
      Element item = list.appendElement("li");
      if (shorter != null && added.contains(s)) {
        item.addClass("new");
        item.appendElement("span").addClass("mark")
            .text(ComparisonRenderer.addsFact(comparison, brief, s) ? "new" : "new, no new fact");
        item.appendText(" ");
      }
      appendLine(item, line);
    }
    if (shorter != null) {
      Set<Integer> now = new HashSet<>(brief.chosen());
      List<BriefLine> dropped = shorter.brief().lines().stream()
          .filter(l -> !now.contains(ComparisonRenderer.sentenceIndex(shorter, l))).toList();
      if (!dropped.isEmpty()) {
        column.appendElement("p").addClass("meta").text("Left out although the brief at " + shorter.budget() + " has them:");
        Element gone = column.appendElement("ul").addClass("lines").addClass("dropped");
        dropped.forEach(l -> appendLine(gone.appendElement("li"), l));
      }
    }
  }

  private static void appendLine(Element item, BriefLine line) {
    item.appendText(BriefWording.plain(line.sentence().text()) + " ");
    item.appendElement("span").addClass("cite").text("[" + (line.source() + 1) + "]");
    if (!line.alsoIn().isEmpty()) {
      item.appendText(" ");
      item.appendElement("span").addClass("also").text("(also in "
          + String.join(", ", line.alsoIn().stream().map(s -> "[" + (s + 1) + "]").toList()) + ")");
    }
  }

  private static void appendChart(Element main, byte[] svg) {
    Document chart = Jsoup.parse(new String(svg, StandardCharsets.UTF_8), "", Parser.xmlParser());
    Element root = chart.selectFirst("svg");
    if (root == null) {
      throw new IllegalArgumentException("the chart is not an SVG document");
    }
    // Sized by the page (its viewBox keeps the proportions), not by the file's pixel size.
    Element inline = root.clone().removeAttr("width").removeAttr("height").attr("role", "img");
    main.appendElement("figure").appendChild(inline);
  }

  private static void appendTable(Element main, Table table) {
    Element grid = main.appendElement("div").addClass("scroll").appendElement("table");
    Element head = grid.appendElement("thead").appendElement("tr");
    for (int c = 0; c < table.header().size(); c++) {
      head.appendElement("th").attr("scope", "col").addClass(table.numeric().get(c) ? "n" : "w")
          .text(table.header().get(c).replace("`", ""));
    }
    Element body = grid.appendElement("tbody");
    for (List<String> row : table.rows()) {
      Element tr = body.appendElement("tr");
      for (int c = 0; c < row.size(); c++) {
        tr.appendElement("td").addClass(table.numeric().get(c) ? "n" : "w").text(row.get(c));
      }
    }
  }

  private static void appendFooter(Element main, String command) {
    Element footer = main.appendElement("footer");
    footer.appendText("Every line of a brief is quoted as written in its source, cited as [n]. Made by ");
    footer.appendElement("code").text(command);
    footer.appendText(".");
  }

  /** The top both pages share: the title, what was measured, the chart and the table. */
  private static HtmlPage page(String title, String about, byte[] svg, Table table) {
    HtmlPage page = HtmlPage.of(title, STYLE);
    page.main().appendElement("p").addClass("about").text(about);
    appendChart(page.main(), svg);
    appendTable(page.main(), table);
    return page;
  }
}
