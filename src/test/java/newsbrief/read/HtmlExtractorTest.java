package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractorTest {
  /** A news page as browsers save it: furniture all around one story. */
  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Iraq accuses Israel of seeking pretext | The New Region</title>
        <meta property="og:title" content="OG: Iraq accuses Israel">
        <meta property="og:site_name" content="The New Region (og)">
        <meta property="article:published_time" content="2024-11-21T08:00:00+03:00">
        <meta property="og:url" content="https://thenewregion.com/og">
        <link rel="canonical" href="https://thenewregion.com/posts/1234">
        <style>p { color: red }</style>
        <script>var tracking = "Do not read this sentence.";</script>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "Organization", "@id": "#org", "name": "The New Region"},
          {"@type": "WebPage", "@id": "https://thenewregion.com/posts/1234", "name": "Web page name"},
          {"@type": ["NewsArticle"], "headline": "Iraq accuses Israel of seeking pretext for aggression",
           "datePublished": "2024-11-22T10:15:00+03:00", "publisher": {"@id": "#org"},
           "author": [{"@type": "Person", "name": "Staff writer"}, {"@type": "Person", "name": "Editor"}]}
        ]}
        </script>
      </head>
      <body class="single-post has-sidebar">
        <header><a href="/">The New Region</a> <nav><a href="/news">News</a> <a href="/about">About</a></nav></header>
        <!-- ad slot: Do not read this comment. -->
        <main>
          <article class="post">
            <header><h1>Iraq accuses Israel of seeking pretext</h1><p class="byline">By Staff</p></header>
            <figure><img src="a.jpg" alt="Sudani"><figcaption>Caption: do not read.</figcaption></figure>
            <p>Iraqi leaders have accused Israel of seeking a pretext for aggression.</p>
            <div class="ad-slot"><p>Advertisement</p></div>
            <p>DUBAI, UAE &ndash; Iraqi leaders and factions have ramped up   warnings
               of potential Israeli airstrikes.</p>
            <h2>What comes next</h2>
            <p>The government said it would <a href="/x">respond</a> through diplomacy.<!-- inline note --></p>
            <ul><li>First point.</li><li>Second point.</li></ul>
            <blockquote>"We will not be dragged in," an official said.</blockquote>
            <div class="share-bar"><p>Share on X</p></div>
            <form><p>Subscribe to our newsletter</p><input type="email"></form>
          </article>
          <section id="comments"><h3>3 comments</h3><p>Reader: this is a comment, do not read it.</p></section>
        </main>
        <aside><h3>Most read</h3><p>Another story entirely.</p></aside>
        <footer><p>&copy; 2024 The New Region</p></footer>
        <script>document.write("Do not read.")</script>
      </body>
      </html>
      """;

  @Test
  void extractsTheStoryAndWhatThePageStates() {
    HtmlExtractor.Page page = HtmlExtractor.extract(PAGE, "page.html");
    assertEquals("""
        Iraqi leaders have accused Israel of seeking a pretext for aggression.

        DUBAI, UAE – Iraqi leaders and factions have ramped up warnings of potential Israeli airstrikes.

        What comes next

        The government said it would respond through diplomacy.

        First point.

        Second point.

        "We will not be dragged in," an official said.
        """, page.text());
    assertEquals(new ArticleMetadata(
        Optional.of("Iraq accuses Israel of seeking pretext for aggression"),
        Optional.of("The New Region"),
        Optional.of(LocalDate.of(2024, 11, 22)),
        Optional.of("https://thenewregion.com/posts/1234"),
        Map.of("author", "Staff writer, Editor")), page.metadata());
  }

  static Stream<Arguments> metadataSources() {
    String body = "<body><p>Story text.</p></body>";
    return Stream.of(
        Arguments.of("JSON-LD array, publisher string, url, ISO date",
            "<script type='application/ld+json'>[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
                + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"LD headline\",\"publisher\":\"LD Outlet\","
                + "\"datePublished\":\"2024-11-28\",\"url\":\"https://ld.example/a\"}]</script>",
            meta("LD headline", "LD Outlet", "2024-11-28", "https://ld.example/a")),
        Arguments.of("JSON-LD object with publisher object, mainEntityOfPage",
            "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Plain article\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Pub\"},\"mainEntityOfPage\":{\"@id\":\"https://m.example/\"}}</script>",
            meta("Plain article", "Pub", null, "https://m.example/")),
        Arguments.of("a WebPage's mainEntity",
            "<script type='application/ld+json'>{\"@type\":\"WebPage\",\"name\":\"Page\",\"mainEntity\":"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Main entity\",\"datePublished\":\"2024-11-05T01:00:00Z\"}}</script>",
            meta("Main entity", null, "2024-11-05", null)),
        Arguments.of("NewsArticle preferred over an earlier Article",
            "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"BlogPosting\",\"headline\":\"Blog\"},"
                + "{\"@type\":\"http://schema.org/NewsArticle\",\"headline\":\"News\"}]}</script>",
            meta("News", null, null, null)),
        Arguments.of("Open Graph only",
            "<title>Title tag</title><meta property='og:title' content=' OG  title '>"
                + "<meta property='og:site_name' content='OG Site'><meta property='article:published_time' content='2024-11-01T23:59:00-05:00'>"
                + "<meta property='og:url' content='https://og.example/a'>",
            meta("OG title", "OG Site", "2024-11-01", "https://og.example/a")),
        Arguments.of("title tag and meta name=date",
            "<title>Only the title tag</title><meta name='date' content='2024-10-31'>",
            meta("Only the title tag", null, "2024-10-31", null)),
        Arguments.of("time datetime",
            "<title>T</title></head><body><p>Updated <time datetime='2024-12-02'>today</time></p>"
                + "<article><time datetime='2024-11-30T10:00'>Nov 30</time><p>Story text.</p></article>",
            meta("T", null, "2024-11-30", null)),
        Arguments.of("published time element wins",
            "<title>T</title></head><body><p>x <time datetime='2024-12-02'>today</time></p>"
                + "<p>y <time pubdate datetime='2024-11-29'>then</time></p>",
            meta("T", null, "2024-11-29", null)),
        Arguments.of("broken JSON-LD and bad dates are ignored",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",</script>"
                + "<meta name='date' content='yesterday'><meta name='pubdate' content='2024-13-40'>",
            meta(null, null, null, null)),
        Arguments.of("nothing stated", "", meta(null, null, null, null))).map(a -> {
          Object[] args = a.get();
          return Arguments.of(args[0], "<html><head>" + args[1] + "</head>" + body + "</html>", args[2]);
        });
  }

  private static ArticleMetadata meta(String title, String outlet, String date, String url) {
    return new ArticleMetadata(Optional.ofNullable(title), Optional.ofNullable(outlet),
        Optional.ofNullable(date).map(LocalDate::parse), Optional.ofNullable(url), Map.of());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("metadataSources")
  void metadataComesFromTheFirstSourceThatStatesIt(String name, String html, ArticleMetadata expected) {
    assertEquals(expected, HtmlExtractor.extract(html, "p.html").metadata());
  }

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of("no <article>: the block with the most paragraph text",
            "<div class='menu'><p>Home</p></div><div id='story'><p>First paragraph of the story.</p>"
                + "<p>Second paragraph of the story.</p></div><div><p>Short other.</p></div>",
            "First paragraph of the story.\n\nSecond paragraph of the story.\n"),
        Arguments.of("one wrapper per paragraph: the body is found whole",
            "<div class='body'><div class='para'><p>One is the first paragraph of the story, and a long one.</p></div>"
                + "<div class='para'><p>Two is another paragraph, with more of the story in it.</p></div>"
                + "<div class='para'><p>Three ends the story, as stories end, with a quote.</p></div></div>"
                + "<div><p>Elsewhere, a paragraph longer than any one of them, about another thing.</p></div>",
            "One is the first paragraph of the story, and a long one.\n\nTwo is another paragraph, with more of the story in it."
                + "\n\nThree ends the story, as stories end, with a quote.\n"),
        Arguments.of("<article> teasers lose to a longer story outside them",
            "<div id='main'><p>The real story has a long first paragraph with many words in it.</p>"
                + "<p>And a second one, also long enough to matter here.</p></div>"
                + "<article><p>Teaser one.</p></article><article><p>Teaser two.</p></article>",
            "The real story has a long first paragraph with many words in it.\n\nAnd a second one, also long enough to matter here.\n"),
        Arguments.of("itemprop=articleBody wins",
            "<article><p>Standfirst above the body, longer than the body itself is, and then some.</p>"
                + "<div itemprop='articleBody'><p>The body of the story, in one paragraph.</p></div></article>",
            "The body of the story, in one paragraph.\n"),
        Arguments.of("<br><br> separates paragraphs, one <br> does not",
            "<div>First line<br>same paragraph.<br><br>Second paragraph.<br/> <br/>Third.</div>",
            "First line same paragraph.\n\nSecond paragraph.\n\nThird.\n"),
        Arguments.of("source line breaks are spaces, <pre> keeps its blank lines",
            "<p>One sentence\n\n   continues here.</p><pre>Table line 1\nline 2\n\nNext block</pre>",
            "One sentence continues here.\n\nTable line 1 line 2\n\nNext block\n"),
        Arguments.of("no paragraphs at all: the body text",
            "<main><div>Just <b>a</b> sentence.</div><div>And another.</div></main>",
            "Just a sentence.\n\nAnd another.\n"),
        Arguments.of("hidden and no-break spaces",
            "<p>Visible\u00a0text.</p><p hidden>Hidden.</p><p style='display: none'>Gone.</p><p aria-hidden='true'>Icon</p>",
            "Visible text.\n"),
        Arguments.of("a commentary is not a comment section",
            "<div class='commentary'><p>Opinion text.</p></div><div class='comment-list'><p>A reader comment.</p></div>",
            "Opinion text.\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void findsTheBody(String name, String body, String expected) {
    assertEquals(expected, HtmlExtractor.extract("<html><body>" + body + "</body></html>", "p.html").text());
  }

  @Test
  void fallsBackToJsonLdArticleBody() {
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"Rendered by script.\\nSecond paragraph.\"}</script></head>"
        + "<body><div id='root'></div><script>render()</script></body></html>";
    assertEquals("Rendered by script.\n\nSecond paragraph.\n", HtmlExtractor.extract(html, "p.html").text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<html><head><title>Only a title</title></head><body></body></html>",
    "<html><body><nav><p>Home</p><p>News</p></nav><script>var a = 'story';</script><footer><p>(c)</p></footer></body></html>",
    "<html><body><!-- the story was here --><p> \u00a0 </p><p>—</p></body></html>",
  })
  void refusesPagesWithoutArticleText(String html) {
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> HtmlExtractor.extract(html, "in/page.html"));
    assertEquals("in/page.html: no article text found in this HTML page (is it the full page? try --input-format text)", e.getMessage());
  }

  /**
   * Issue 15's page: 100,000 nested {@code <div>}s around one paragraph. Read in linear time (the
   * parser keeps 128 levels and every walk is bounded by them), so it gives its paragraph; the
   * time itself is measured by the benchmark, not here.
   */
  @ParameterizedTest
  @ValueSource(strings = {"<div>", "<div class='wrap'><section>", "<b><i>", "<table><tr><td>", "<ul><li>"})
  void deeplyNestedPagesGiveTheirParagraph(String open) {
    String paragraph = "The city council approved the new budget on Tuesday after a long debate about schools.";
    StringBuilder html = new StringBuilder("<html><body>");
    html.append(open.repeat(100_000 / open.length() * 5));
    html.append("<p>").append(paragraph).append("</p></body></html>");
    assertEquals(paragraph + "\n", HtmlExtractor.extract(html.toString(), "n.html").text());
  }

  @Test
  void issue15sNestedPageGivesItsParagraph() {
    String paragraph = "The city council approved the new budget on Tuesday after a long debate about schools.";
    String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + paragraph + "</p>" + "</div>".repeat(100_000)
        + "</body></html>";
    assertEquals(paragraph + "\n", HtmlExtractor.extract(html, "n.html").text());
  }
}
