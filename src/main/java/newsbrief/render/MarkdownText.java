package newsbrief.render;

import java.util.regex.Pattern;
import newsbrief.SafeText;
import newsbrief.Whitespace;

/**
 * Text from an input made to render in Markdown as the text it is, on one line: white space
 * (line breaks included) collapsed, controls neutralised ({@link SafeText}), and backslash
 * escapes (CommonMark and GitHub's) where the text would otherwise be markup:
 * <ul>
 *   <li>always: {@code \ ` * _ ~ <} (escapes, code, emphasis, strikethrough, HTML tags and autolinks);
 *   <li>{@code ]} before {@code (} or {@code [} (inline and reference links, images);
 *   <li>{@code &} that starts an entity ({@code &amp;}, {@code &#x202E;});
 *   <li>at the start: {@code # > + - = |} and {@code [}, and a number before {@code .} or {@code )}
 *       (headings, quotes, lists, rules, tables, link definitions: the text is put after a bullet or
 *       a heading mark, where a block could begin);
 *   <li>a closing run of {@code #} (a heading would drop it).
 * </ul>
 * Brackets alone ({@code [IRI]}) stay as they are: with no link definition in the document (the
 * leading {@code [} is escaped, so none can be inserted), they are text.
 */
public final class MarkdownText {
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern ORDERED = Pattern.compile("^[0-9]{1,9}[.)]");

  private MarkdownText() {}

  /** {@code text} as Markdown that renders as {@code text}, on one line. */
  public static String inline(String text) {
    String flat = SafeText.neutralise(Whitespace.collapse(text));
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      boolean escape = switch (c) {
        case '\\', '`', '*', '_', '~', '<' -> true;
        case ']' -> i + 1 < flat.length() && (flat.charAt(i + 1) == '(' || flat.charAt(i + 1) == '[');
        case '&' -> ENTITY.matcher(flat).region(i, flat.length()).lookingAt();
        case '#', '>', '+', '-', '=', '|', '[' -> i == 0;
        default -> false;
      };
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
    if (ORDERED.matcher(flat).find()) {
      int mark = out.indexOf(".") >= 0 && (out.indexOf(")") < 0 || out.indexOf(".") < out.indexOf(")")) ? out.indexOf(".") : out.indexOf(")");
      out.insert(mark, '\\');
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '#') {
      end--;
    }
    if (end < out.length() && (end == 0 || out.charAt(end - 1) != '\\')) {
      out.insert(end, '\\');
    }
    return out.toString();
  }
}
