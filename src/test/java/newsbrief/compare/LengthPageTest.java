package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Sentence;
import newsbrief.TestSupport;
import newsbrief.select.Budget;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The HTML page of a comparison and of a curve, made by hand: the lengths as columns side by side,
 * the chart inline with its text, the table; self-contained, and every text from an article
 * escaped.
 */
class LengthPageTest {
  /** A tiny chart, so that the golden page does not depend on the machine's fonts. */
  private static final byte[] SVG = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns='http://www.w3.org/2000/svg' "
      + "width='800' height='400' viewBox='0 0 800 400'><title>Facts against brief length: story</title>"
      + "<clipPath id='chart-clip-0'><path d='M0,0L800,0L800,400Z'/></clipPath>"
      + "<text x='10' y='20' style='font-family: \"DejaVu Sans\", sans-serif'>facts covered</text></svg>\n")
      .getBytes(StandardCharsets.UTF_8);

  private final LengthComparison comparison = ComparisonRendererTest.madeUp();

  private Document page(LengthComparison comparison) {
    return Jsoup.parse(new LengthPage().render(comparison, SVG, "newsbrief compare story --format html"));
  }

  @Test
  void thePageMatchesItsGolden() throws IOException {
    TestSupport.assertGolden("newsbrief/compare/length-comparison.html",
        new LengthPage().render(comparison, SVG, "newsbrief compare story --words 5,20,60 --format html"));
  }

  @Test
  void theBriefsAreColumnsSideBySideWithWhatEachAddsMarked() {
    List<Element> columns = page(comparison).select("div.columns > section");
    assertEquals(List.of("5 words", "20 words", "60 words"), columns.stream().map(c -> c.selectFirst("h3").text()).toList());
    assertEquals("No sentence fits this budget.", columns.get(0).selectFirst("p:not(.meta)").text());
    assertEquals(0, columns.get(0).select("li.new").size(), "the shortest brief marks nothing");
    assertEquals(2, columns.get(1).select("li.new").size(), "all is new against an empty brief before it");
    List<Element> added = columns.get(2).select("li.new");
    assertEquals(List.of("new", "new, no new fact"), added.stream().map(li -> li.selectFirst(".mark").text()).toList());
    assertTrue(added.get(0).text().contains("Heavy rain flooded the river town of Marden on Friday, forcing families out. [1]"),
        added.get(0).text());
    assertEquals("35 words, 4 sentences, 3 facts (1 new), 9 s to read", columns.get(2).selectFirst("p.meta").text());
  }

  @Test
  void theChartIsInlineWithItsTextAndTheTableHasARowPerBudget() {
    Document page = page(comparison);
    Element svg = page.selectFirst("figure > svg");
    assertEquals("facts covered", svg.selectFirst("text").text());
    assertEquals("0 0 800 400", svg.attr("viewBox"), "the chart keeps its proportions");
    assertEquals("", svg.attr("width"), "and takes the page's width");
    assertEquals(3, page.select("table tbody tr").size());
    assertEquals("90%", page.select("table tbody tr").get(1).select("td").get(2).text());
    assertTrue(page.select("ul.notes li").first().text().startsWith("5 words: 0 words (0%): no sentence fits"));
  }

  @Test
  void thePageIsSelfContainedAndReadsOnAPhone() {
    Document page = page(comparison);
    assertTrue(page.select("[src], link, script").isEmpty(), "nothing is fetched");
    assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
    assertTrue(page.selectFirst("style").data().contains("scroll-snap-type: x mandatory"), "columns swipe on a phone");
    assertEquals("en", page.selectFirst("html").attr("lang"));
  }

  @Test
  void textFromTheArticlesIsEscaped() {
    String hostile = "<script>alert(1)</script> said the <b>mayor</b> & \"others\".";
    Sentence sentence = new Sentence(0, 0, 0, hostile.length(), hostile, List.of(hostile.split(" ")));
    Article article = Article.of("x", "<img src=x onerror=alert(1)>");
    Brief brief = new Brief(List.of(article), List.of(new BriefLine(sentence, 0, List.of(), 1, 0)), Budget.words(50), 1);
    ComparedBrief only = new ComparedBrief(Budget.words(50), brief, List.of(0), List.of(0), List.of(0),
        new BriefMeasures(9, 1, 1, 9, 1, 0, 1, 1, 0), Optional.empty(), true, OptionalInt.empty());
    LengthComparison hostileComparison = new LengthComparison("<i>story</i>", BudgetList.words(50), List.of(only), 1, 9, 1,
        CorpusFacts.eachSentenceAlone(1), "A fact is made up.", false, true);
    Document page = page(hostileComparison);
    assertTrue(page.select("script, b, img, i").isEmpty(), page.body().html());
    assertTrue(page.selectFirst("div.columns li").text().startsWith(hostile), page.selectFirst("div.columns li").text());
    assertEquals("Brief length comparison: <i>story</i>", page.selectFirst("h1").text());
    assertNull(page.selectFirst("[onerror]"));
  }

  @Test
  void theCurvePageHasTheChartTheTableAndTheKnees() {
    LengthCurve curve = CurveRendererTest.madeUp();
    Document page = Jsoup.parse(new LengthPage().render(curve, SVG, "newsbrief compare --eval dev --format html"));
    assertEquals("ROUGE and facts against brief length: dev", page.selectFirst("h1").text());
    assertEquals(4, page.select("table tbody tr").size());
    assertEquals("budget", page.selectFirst("table th").text());
    assertTrue(page.text().contains("Knee of the brief's curves: ROUGE-1 at 100 words"), page.text());
    assertTrue(page.selectFirst("footer").text().contains("newsbrief compare --eval dev --format html"));
    assertEquals(1, page.select("figure > svg text").size());
  }
}
