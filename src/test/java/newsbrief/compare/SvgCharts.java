package newsbrief.compare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the SVG files the compare command writes, for tests of their structure. */
final class SvgCharts {
  private SvgCharts() {}

  /** The document, parsed without fetching any DTD. */
  static Document parse(byte[] svg) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new ByteArrayInputStream(svg));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not well-formed SVG: " + e.getMessage(), e);
    }
  }

  /** The text of the first element named {@code name} directly under the root, or "" when there is none. */
  static String childText(Document document, String name) {
    for (var node = document.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getLocalName().equals(name)) {
        return element.getTextContent();
      }
    }
    return "";
  }

  /** The text of every {@code <text>} element, in document order. */
  static List<String> texts(Document document) {
    NodeList nodes = document.getElementsByTagNameNS("*", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }
}
