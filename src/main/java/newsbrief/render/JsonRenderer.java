package newsbrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.BriefReport;
import newsbrief.BriefRequest;
import newsbrief.NearDuplicate;
import newsbrief.SafeText;
import newsbrief.Sentence;
import newsbrief.SummaryOptions;
import newsbrief.read.DuplicateFilter;
import newsbrief.read.InputProblem;
import newsbrief.read.PreparedInput;
import newsbrief.select.Length;
import newsbrief.select.Selection;
import newsbrief.story.DayBrief;
import newsbrief.story.DayLength;
import newsbrief.story.Headline;
import newsbrief.story.Story;
import newsbrief.story.StoryMention;
import newsbrief.story.StorySection;

/**
 * Renders a brief as one JSON object for programs: every chosen sentence with its article,
 * offsets into the article text, score and corroborating articles; the sources; what the input
 * gave; and every setting used. The shape is documented in the README ("JSON output"). Keys are
 * always present, {@code null} when a value is not known; numbering of sources starts at 1, as the
 * {@code [n]} citations of the other formats; positions and offsets start at 0. Pure: the same
 * arguments give the same bytes.
 */
public final class JsonRenderer {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
  }

  /**
   * Jackson escapes C0 controls; these escape as {@code \\uXXXX} too what a terminal would obey
   * or reorder when the JSON is printed (DEL, the C1 controls, bidi embeddings, overrides and
   * isolates) and the line and paragraph separators, so that the text stays exact and is safe
   * on a terminal.
   */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      boolean escaped = (c >= 0x80 && c <= 0x9F) || SafeText.isUnsafe((char) c) || c == 0x2028 || c == 0x2029;
      return escaped ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", c)) : null;
    }
  }

  private final boolean explain;

  /** @param explain add to each sentence why it was chosen ({@code "explanation"}) */
  public JsonRenderer(boolean explain) {
    this.explain = explain;
  }

  /**
   * The day's brief of {@code report} as one JSON object, the same for every command: the day's
   * dates and counts; {@code stories}, each with its headline, the origins (paths) of its articles
   * and its brief (dates, counts, sentences with their article, offsets and score, sources numbered
   * within the story); {@code alsoReported} and {@code notShown}, the other stories with their
   * articles; {@code input}, what became of every input; and {@code settings}, everything the
   * brief was made with.
   */
  public String render(BriefReport report) {
    DayBrief day = report.day();
    ObjectNode root = JSON.createObjectNode();
    List<Article> articles = day.articles();
    root.put("firstDate", day.firstDate().map(Object::toString).orElse(null));
    root.put("lastDate", day.lastDate().map(Object::toString).orElse(null));
    root.put("articleCount", articles.size());
    root.put("outletCount", day.outletCount());
    root.put("storyCount", day.storyCount());
    root.put("sentenceCount", day.sentenceCount());
    root.put("wordCount", day.wordCount());
    ArrayNode sections = root.putArray("stories");
    for (StorySection section : day.sections()) {
      ObjectNode story = story(sections, section.headline(), section.story(), articles);
      story.set("brief", briefNode(section.brief()));
    }
    ArrayNode also = root.putArray("alsoReported");
    for (StoryMention mention : day.alsoReported()) {
      story(also, mention.headline(), mention.story(), articles);
    }
    ArrayNode rest = root.putArray("notShown");
    for (Story story : day.notShown()) {
      List<Article> own = story.articles().stream().map(articles::get).toList();
      story(rest, Headline.firstTitle(own).orElse(null), story, articles);
    }
    root.set("input", input(report.input(), report.problems()));
    root.set("settings", settings(report));
    return write(root);
  }

  private static ObjectNode story(ArrayNode into, String headline, Story story, List<Article> articles) {
    ObjectNode node = into.addObject();
    node.put("headline", headline);
    ArrayNode paths = node.putArray("articles");
    story.articles().forEach(i -> paths.add(articles.get(i).origin()));
    return node;
  }

  private ObjectNode briefNode(Brief brief) {
    CitedSources cited = CitedSources.of(brief);
    ObjectNode root = JSON.createObjectNode();
    root.put("firstDate", brief.firstDate().map(Object::toString).orElse(null));
    root.put("lastDate", brief.lastDate().map(Object::toString).orElse(null));
    root.put("articleCount", cited.listed().size());
    root.put("outletCount", cited.outletCount());
    root.put("articlesNotCited", cited.notCited());
    root.put("candidateSentences", brief.candidateSentences());
    root.put("sentenceCount", brief.lines().size());
    root.put("wordCount", brief.wordCount());
    ArrayNode sentences = root.putArray("sentences");
    for (int i = 0; i < brief.lines().size(); i++) {
      sentences.add(sentence(brief.lines().get(i), i, brief, cited));
    }
    ArrayNode sources = root.putArray("sources");
    for (int i = 0; i < brief.sources().size(); i++) {
      if (cited.number(i) > 0) {
        sources.add(article(brief.sources().get(i), cited.number(i)));
      }
    }
    return root;
  }

  private static String write(ObjectNode root) {
    try {
      return JSON.writer(printer()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values cannot fail to serialize", e);
    }
  }

  private ObjectNode sentence(BriefLine line, int index, Brief brief, CitedSources cited) {
    Sentence sentence = line.sentence();
    ObjectNode node = JSON.createObjectNode();
    node.put("text", sentence.text());
    node.put("source", cited.number(line.source()));
    node.set("article", article(brief.sources().get(line.source()), cited.number(line.source())));
    node.put("position", sentence.position());
    node.put("begin", sentence.begin());
    node.put("end", sentence.end());
    node.put("words", sentence.wordCount());
    node.put("score", line.score());
    ArrayNode alsoIn = node.putArray("alsoIn");
    for (int source : cited.alsoIn(index)) {
      alsoIn.add(reference(brief.sources().get(source), cited.number(source)));
    }
    node.put("alsoInMore", cited.moreAlsoIn(index));
    if (explain) {
      ObjectNode explanation = node.putObject("explanation");
      explanation.put("centralityRank", line.centralityRank());
      explanation.put("candidateSentences", brief.candidateSentences());
      explanation.put("choiceOrder", line.choiceRank() + 1);
      ArrayNode duplicates = explanation.putArray("nearDuplicates");
      for (NearDuplicate duplicate : line.nearDuplicates()) {
        ObjectNode item = reference(brief.sources().get(duplicate.source()), cited.number(duplicate.source()));
        item.put("position", duplicate.sentence().position());
        item.put("begin", duplicate.sentence().begin());
        item.put("end", duplicate.sentence().end());
        item.put("text", duplicate.sentence().text());
        item.put("similarity", duplicate.similarity());
        duplicates.add(item);
      }
    }
    return node;
  }

  /** An article by its number among the cited sources ({@code null} when not cited), id and origin. */
  private static ObjectNode reference(Article article, int number) {
    ObjectNode node = JSON.createObjectNode();
    if (number > 0) {
      node.put("source", number);
    } else {
      node.putNull("source");
    }
    node.put("id", article.id());
    node.put("origin", article.origin());
    return node;
  }

  private static ObjectNode article(Article article, int number) {
    ObjectNode node = reference(article, number);
    ArticleMetadata meta = article.metadata();
    node.put("title", meta.title().orElse(null));
    node.put("outlet", meta.outlet().orElse(null));
    node.put("date", meta.date().map(Object::toString).orElse(null));
    node.put("url", meta.url().orElse(null));
    return node;
  }

  private static ObjectNode input(PreparedInput input, List<InputProblem> problems) {
    ObjectNode node = JSON.createObjectNode();
    node.put("articlesRead", input.batch().articles().size());
    ArrayNode problemList = node.putArray("problems");
    for (InputProblem problem : problems) {
      problemList.addObject().put("where", problem.where()).put("message", problem.message());
    }
    ArrayNode outside = node.putArray("outsideWindow");
    input.window().outside().forEach(a -> outside.add(a.origin()));
    ArrayNode undated = node.putArray("undatedInWindow");
    input.window().undated().forEach(a -> undated.add(a.origin()));
    ArrayNode copies = node.putArray("copies");
    for (DuplicateFilter.Group group : input.copies().groups()) {
      ObjectNode item = copies.addObject();
      item.put("original", group.original().origin());
      ArrayNode dropped = item.putArray("dropped");
      for (DuplicateFilter.Copy copy : group.copies()) {
        dropped.addObject().put("origin", copy.article().origin()).put("similarity", copy.similarity())
            .put("exact", copy.exact());
      }
    }
    return node;
  }

  /**
   * The request's settings (how inputs were read, the window, the length and its budget, stories),
   * then every stage's options by name, so that a new option shows up by itself.
   */
  private static ObjectNode settings(BriefReport report) {
    BriefRequest request = report.request();
    ObjectNode node = JSON.createObjectNode();
    node.put("inputFormat", lower(request.format()));
    node.put("since", request.window().since().map(Object::toString).orElse(null));
    node.put("until", request.window().until().map(Object::toString).orElse(null));
    node.put("ratio", request.length() instanceof DayLength.Shared shared && shared.total() instanceof Length.Ratio ratio
        ? ratio.share() : null);
    node.put("strict", request.strict());
    node.putObject("budget").put("unit", lower(report.budget().unit())).put("limit", report.budget().limit());
    node.put("maxSections", request.maxSections() == Integer.MAX_VALUE ? null : request.maxSections());
    if (request.length() instanceof DayLength.PerSection perSection) {
      node.putObject("sectionWords").put("fewest", perSection.fewestWords()).put("most", perSection.mostWords())
          .put("maxSections", perSection.maxSections());
    } else {
      node.putNull("sectionWords");
    }
    node.put("flat", request.flat());
    for (RecordComponent component : SummaryOptions.class.getRecordComponents()) {
      node.set(component.getName(), value(read(component, report.summaryOptions())));
    }
    node.set("stories", value(report.storyOptions()));
    return node;
  }

  /** A record as an object of its components; a selection technique also says which it is; enums in lower case. */
  private static JsonNode value(Object value) {
    if (value instanceof Enum<?> constant) {
      return JSON.getNodeFactory().textNode(lower(constant));
    }
    if (value instanceof Record record) {
      ObjectNode node = JSON.createObjectNode();
      if (value instanceof Selection) {
        node.put("technique", lower(record.getClass().getSimpleName()));
      }
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        node.set(component.getName(), value(read(component, record)));
      }
      return node;
    }
    return JSON.valueToTree(value);
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read option " + component.getName(), e);
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String lower(Enum<?> constant) {
    return lower(constant.name());
  }

  /** Two-space indents, one value per line, {@code "key": value}, {@code []} when empty, {@code \n} line ends on every platform. */
  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
