package newsbrief.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The frame every self-contained page of newsbrief shares (the brief's and the length
 * comparison's): an HTML5 document in English, UTF-8, sized to the device, with its title, its
 * inline style and nothing fetched from elsewhere, and a {@code main} column headed by the title.
 * A jsoup document, so every text put in is escaped by the library; written pretty-printed with
 * XHTML entities and a final newline, so the same content gives the same bytes.
 */
public final class HtmlPage {
  private final Document document;
  private final Element main;

  private HtmlPage(String title, String style) {
    document = Document.createShell("");
    document.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml).prettyPrint(true).indentAmount(1);
    document.prependChild(new DocumentType("html", "", ""));
    document.selectFirst("html").attr("lang", "en");
    Element head = document.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "newsbrief");
    head.appendElement("title").text(title);
    head.appendElement("style").appendText(style);
    main = document.body().appendElement("main");
    main.appendElement("h1").text(title);
  }

  /** A page titled {@code title} (plain text; escaped here) styled by {@code style} (CSS). */
  public static HtmlPage of(String title, String style) {
    return new HtmlPage(title, style);
  }

  /** The column the content goes into, after the heading. */
  public Element main() {
    return main;
  }

  /** The page as written to a file. */
  public String html() {
    return document.outerHtml() + "\n";
  }
}
