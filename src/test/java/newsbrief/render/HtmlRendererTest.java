package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.TestSupport;
import newsbrief.select.Budget;
import newsbrief.story.DayBrief;
import newsbrief.story.Story;
import newsbrief.story.StorySection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTML page: golden files of crafted briefs, escaping, links, and a page that stands alone. */
class HtmlRendererTest {
  private static final HtmlRenderer RENDERER = new HtmlRenderer();

  @Test
  void aDayOfSeveralStoriesMatchesItsGoldenPage() throws IOException {
    TestSupport.assertGolden("newsbrief/render/day-brief.html", RENDERER.render(HtmlPages.day()));
  }

  @Test
  void aBriefMatchesItsGoldenPage() throws IOException {
    TestSupport.assertGolden("newsbrief/render/brief.html", RENDERER.render(HtmlPages.day().sections().get(0).brief()));
  }

  @Test
  void aDayOfOneStoryIsThePageOfItsBrief() {
    Brief brief = HtmlPages.day().sections().get(0).brief();
    DayBrief day = new DayBrief(brief.sources(), List.of(new StorySection(Story.of(0, 1), "Talks resume", brief)),
        List.of(), List.of(), Budget.words(200));
    assertEquals(RENDERER.render(brief), RENDERER.render(day));
  }

  @Test
  void anEmptyBriefIsStillAPage() {
    Document page = Jsoup.parse(RENDERER.render(new Brief(List.of(), List.of(), Budget.words(200), 0)));
    assertEquals("Daily brief", page.selectFirst("h1").text());
    assertTrue(page.select("ul.lines li").isEmpty());
  }

  /** Markup in titles, outlets, text and addresses is shown as text: no element is made of it. */
  @Test
  void whatTheArticlesSayIsEscaped() {
    String html = RENDERER.render(HtmlPages.hostile());
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("<b>nothing"), html);
    assertTrue(html.contains("Title &lt;/a&gt;&lt;script&gt;alert('t')&lt;/script&gt;"), html);
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script").isEmpty(), html);
    assertTrue(page.select("b, i").isEmpty(), html);
    assertEquals("Officials said <b>nothing</b> & left. [1]", page.selectFirst("ul.lines li").text());
    assertEquals("https://x.example/?a=1&b=\"2\"", page.selectFirst("a.cite").attr("href"));
    assertTrue(page.selectFirst("ol.sources li").text().contains("\u201cTitle </a><script>alert('t')</script>\u201d"), html);
  }

  @Test
  void citationsLinkToTheSourcesAddressOrToTheSourceList() {
    Document page = Jsoup.parse(RENDERER.render(HtmlPages.day()));
    List<String> targets = page.select("section#story-1 a.cite, section#story-2 a.cite").eachAttr("href");
    assertEquals(List.of("https://wire.example/talks", "https://www.daily.example/end", "https://wire.example/talks",
        "#source-3", "#source-4"), targets);
    assertFalse(page.html().contains("javascript:"), "a javascript: address must never become a link");
    for (String local : targets.stream().filter(t -> t.startsWith("#")).toList()) {
      assertTrue(page.selectFirst(local) != null, "no element for " + local);
    }
  }

  @Test
  void aLineOfAStoryOverSeveralDaysSaysItsDay() {
    Document page = Jsoup.parse(RENDERER.render(HtmlPages.day()));
    assertEquals(List.of("1 Nov:", "3 Nov:"), page.select("section#story-1 ul.lines .day").eachText());
    assertTrue(page.select("section#story-2 ul.lines .day").isEmpty(), "one date and an undated report are not several days");
  }

  /** One file: no script, no stylesheet or image fetched, a viewport for phones, the style inline. */
  @Test
  void thePageStandsAlone() {
    Document page = Jsoup.parse(RENDERER.render(HtmlPages.day()));
    assertTrue(page.select("script, link, img, iframe, [src]").isEmpty());
    Element viewport = page.selectFirst("meta[name=viewport]");
    assertEquals("width=device-width, initial-scale=1", viewport.attr("content"));
    assertTrue(page.selectFirst("style").data().contains("max-width"));
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertFalse(page.selectFirst("style").data().contains("url("), "the style fetches nothing");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {
      "https://a.example/x, https://a.example/x",
      "HTTP://A.example, HTTP://A.example",
      "www.timesofisrael.com, https://www.timesofisrael.com",
      "shafaq.com/en/x, https://shafaq.com/en/x",
      "javascript:alert(1), none",
      "'data:text/html;base64,xx', none",
      "not an address, none",
      "ftp://a.example/x, none"})
  void onlyWebAddressesBecomeLinks(String url, String link) {
    ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2024, 1, 1)),
        Optional.of(url), java.util.Map.of());
    assertEquals(Optional.ofNullable(link), HtmlRenderer.address(meta));
  }
}
