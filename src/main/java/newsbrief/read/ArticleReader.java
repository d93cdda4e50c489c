package newsbrief.read;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.NewsbriefException;

/**
 * Reads the articles of one file or stream, in any {@link InputFormat}: decodes it with
 * {@link TextDecoder}, picks the format, and parses it.
 *
 * <ul>
 *   <li>TEXT: the file is one article, its text unchanged; id = file name without extension.
 *       On standard input, lines holding only {@code ---} separate several articles, and so does a
 *       {@code ---} at the end of a line (see {@link #gluedBeforeSeparator}).
 *   <li>HTML: the article {@link HtmlExtractor} finds; id = file name without extension.
 *   <li>JSONL: one article per line, see {@link JsonLinesReader}.
 * </ul>
 * A {@code NAME.meta} sidecar beside a TEXT or HTML file {@code NAME.EXT} is read with
 * {@link MetadataSidecar}; each field it states replaces what the page states, and its extras are
 * added.
 *
 * <p>Refused as a whole, with a {@link NewsbriefException} naming the input: everything
 * {@link TextDecoder} refuses; an empty or whitespace-only input; a TEXT input with a line longer
 * than {@link #MAX_LINE} characters (not an article but data or a one-line dump); an HTML page
 * without article text.
 */
public final class ArticleReader {
  /** Longest line a TEXT article may have, in characters. */
  public static final int MAX_LINE = 1_000_000;
  /** How standard input is named in messages and origins. */
  public static final String STDIN = "<stdin>";

  private ArticleReader() {}

  /**
   * The articles of {@code file}.
   *
   * @param where the path as the user gave it: messages name it and it becomes the origin
   * @param format the format, or {@link InputFormat#AUTO} to detect it from the name and content
   * @return the articles, with problems for single bad lines of a JSON Lines file
   * @throws NewsbriefException when the file as a whole cannot be used
   */
  public static InputBatch read(Path file, String where, InputFormat format) {
    String text = TextDecoder.read(file, where);
    if (Blank.isBlank(text)) {
      throw new NewsbriefException(where, "empty file (nothing to summarize; write the article into it, or leave it out)");
    }
    String name = file.getFileName().toString();
    String stem = stem(name);
    InputFormat resolved = format.resolve(name, text);
    switch (resolved) {
      case JSONL:
        return JsonLinesReader.parse(text, where, stem);
      case HTML:
      case TEXT:
      default:
        ArticleMetadata page = ArticleMetadata.EMPTY;
        if (resolved == InputFormat.HTML) {
          HtmlExtractor.Page extracted = HtmlExtractor.extract(text, where);
          text = extracted.text();
          page = extracted.metadata();
        } else {
          checkLines(text, where);
        }
        Path sidecar = file.resolveSibling(stem + ".meta");
        if (!name.endsWith(".meta") && Files.isRegularFile(sidecar)) {
          String sidecarWhere = sibling(where, stem + ".meta");
          page = overlay(page, MetadataSidecar.parse(TextDecoder.read(sidecar, sidecarWhere), sidecarWhere));
        }
        return one(new Article(stem, where, text, page));
    }
  }

  /**
   * The articles of standard input, named {@value #STDIN}. The format is detected from the
   * content alone. As TEXT, lines holding only {@code ---} separate articles: a single article
   * has id {@code stdin} and origin {@code <stdin>}; several have ids {@code stdin-1},
   * {@code stdin-2}, ... and origins {@code <stdin>:LINE} (the line each starts on). As JSONL,
   * ids are {@code stdin-LINE}.
   *
   * @throws NewsbriefException when the input as a whole cannot be used
   */
  public static InputBatch read(InputStream in, InputFormat format) {
    String text = TextDecoder.read(in, STDIN);
    if (Blank.isBlank(text)) {
      throw new NewsbriefException(STDIN, "empty input (pipe an article in, or name files instead of -)");
    }
    InputFormat resolved = format.resolve(null, text);
    if (resolved == InputFormat.JSONL) {
      return JsonLinesReader.parse(text, STDIN, "stdin");
    }
    if (resolved == InputFormat.HTML) {
      HtmlExtractor.Page page = HtmlExtractor.extract(text, STDIN);
      return one(new Article("stdin", STDIN, page.text(), page.metadata()));
    }
    checkLines(text, STDIN);
    List<String> parts = new ArrayList<>();
    List<Integer> firstLines = new ArrayList<>();
    String[] lines = text.split("\r\n|\n|\r", -1);
    StringBuilder part = new StringBuilder();
    int partStart = 1;
    for (int i = 0; i <= lines.length; i++) {
      String glued = i == lines.length ? null : gluedBeforeSeparator(lines[i]);
      if (glued != null && !Blank.isBlank(glued)) {
        part.append(glued).append('\n');
      }
      if (i == lines.length || glued != null) {
        if (!Blank.isBlank(part.toString())) {
          parts.add(trimBlankLines(part.toString()));
          firstLines.add(partStart + leadingBlankLines(part.toString()));
        }
        part.setLength(0);
        partStart = i + 2;
        continue;
      }
      part.append(lines[i]).append('\n');
    }
    if (parts.isEmpty()) {
      throw new NewsbriefException(STDIN, "empty input (only --- separators; pipe an article in, or name files instead of -)");
    }
    if (parts.size() == 1) {
      return one(new Article("stdin", STDIN, parts.get(0), ArticleMetadata.EMPTY));
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      articles.add(new Article("stdin-" + (i + 1), STDIN + ":" + firstLines.get(i), parts.get(i), ArticleMetadata.EMPTY));
    }
    return new InputBatch(articles, List.of(), List.of());
  }

  /**
   * When {@code line} separates two articles on standard input, what comes before the separator
   * (empty for a line of only {@code ---}); else null. A separator is {@code ---} alone on its line,
   * or at the end of a line after anything but a dash: {@code cat a.txt <(echo ---) b.txt} glues it
   * to the last line of {@code a.txt} when that file does not end with a line break, as most files
   * saved from pages do not.
   */
  static String gluedBeforeSeparator(String line) {
    String trimmed = line.stripTrailing();
    if (!trimmed.endsWith("---")) {
      return null;
    }
    String before = trimmed.substring(0, trimmed.length() - 3);
    if (before.isBlank()) {
      return "";
    }
    return before.endsWith("-") ? null : before;
  }

  /** The file name without its last extension; a name starting with its only dot is kept whole. */
  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** {@code where} with its last path element replaced by {@code name}. */
  static String sibling(String where, String name) {
    int slash = Math.max(where.lastIndexOf('/'), where.lastIndexOf('\\'));
    return where.substring(0, slash + 1) + name;
  }

  private static InputBatch one(Article article) {
    return new InputBatch(List.of(article), List.of(), List.of());
  }

  /** What the page states, each field the sidecar states replacing it. */
  static ArticleMetadata overlay(ArticleMetadata page, ArticleMetadata sidecar) {
    Map<String, String> extra = new HashMap<>(page.extra());
    extra.putAll(sidecar.extra());
    return new ArticleMetadata(
        sidecar.title().or(page::title),
        sidecar.outlet().or(page::outlet),
        sidecar.date().or(page::date),
        sidecar.url().or(page::url),
        extra);
  }

  private static void checkLines(String text, String where) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        int length = i - start;
        if (length > MAX_LINE) {
          throw new NewsbriefException(where + ":" + line, String.format(Locale.ROOT, "a single line of %,d", length)
              + String.format(Locale.ROOT, " characters (more than %,d", MAX_LINE)
              + " without a line break is not article text; is it the right file? break it into paragraphs)");
        }
        if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static int leadingBlankLines(String text) {
    int n = 0;
    for (String line : text.split("\n", -1)) {
      if (!Blank.isBlank(line)) {
        break;
      }
      n++;
    }
    return n;
  }

  private static String trimBlankLines(String text) {
    String[] lines = text.split("\n", -1);
    int from = 0;
    int to = lines.length;
    while (from < to && Blank.isBlank(lines[from])) {
      from++;
    }
    while (to > from && Blank.isBlank(lines[to - 1])) {
      to--;
    }
    return String.join("\n", Arrays.asList(lines).subList(from, to)) + "\n";
  }
}
