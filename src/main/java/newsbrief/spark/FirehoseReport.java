package newsbrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a firehose run did: its counts, the time of each stage and its settings, which
 * {@code summary.json} holds.
 *
 * @param input the input as typed
 * @param format how it was read
 * @param files files read
 * @param lines lines (rows) read
 * @param articles articles read
 * @param problemCount lines that were not usable articles
 * @param problems the first of them, one line each
 * @param copiesDropped copies counted once
 * @param sentenceless articles with no sentence to quote, left out
 * @param stories stories briefed
 * @param storiesOfSeveral stories of two or more articles
 * @param largestStory articles of the largest story
 * @param notes the first messages about copies and articles without sentences
 * @param links candidate links found
 * @param bins the bins, their pieces and links
 * @param seconds wall time of each stage on the driver, and the time tasks spent in the library, by stage
 * @param settings the settings
 */
public record FirehoseReport(String input, String format, int files, long lines, int articles, long problemCount,
    List<String> problems, long copiesDropped, long sentenceless, long stories, long storiesOfSeveral, int largestStory,
    List<String> notes, long links, BinSummary bins, Map<String, Double> seconds, FirehoseSettings settings) {

  public FirehoseReport {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    seconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
  }

  /**
   * How the articles were cut into bins.
   *
   * @param count bins
   * @param largest articles of the largest bin
   * @param pieces connected pieces of the candidate graph under the size cap
   * @param largestPiece articles of the largest piece
   * @param singletons pieces of one article
   * @param linksUsed links that joined two pieces
   * @param linksCut links the cap kept from joining two pieces
   */
  public record BinSummary(int count, int largest, int pieces, int largestPiece, int singletons, long linksUsed,
      long linksCut) {}

  /** {@code summary.json}: two-space indents, keys always present. */
  public String toJson() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("input", input);
    root.put("format", format);
    root.put("files", files);
    root.put("lines", lines);
    root.put("articles", articles);
    root.put("problemCount", problemCount);
    ArrayNode problemList = root.putArray("problems");
    problems.forEach(problemList::add);
    root.put("copiesDropped", copiesDropped);
    root.put("sentenceless", sentenceless);
    root.put("articlesBriefed", articles - copiesDropped - sentenceless);
    root.put("stories", stories);
    root.put("storiesOfSeveralArticles", storiesOfSeveral);
    root.put("largestStory", largestStory);
    ArrayNode noteList = root.putArray("notes");
    notes.forEach(noteList::add);
    root.put("candidateLinks", links);
    root.set("bins", json.valueToTree(bins));
    ObjectNode times = root.putObject("seconds");
    seconds.forEach((stage, value) -> times.put(stage, Math.round(value * 1000) / 1000.0));
    ObjectNode set = root.putObject("settings");
    FirehoseSettings.StoryLength length = settings.length();
    set.put("length", length.toLength().option());
    set.put("binArticles", settings.binArticles());
    set.put("contextArticles", settings.contextArticles());
    set.put("signatureTerms", settings.signatureTerms());
    set.put("maxTermArticles", settings.maxTermArticles());
    set.put("linkThreshold", settings.linkThreshold());
    set.put("partitions", settings.partitions());
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values cannot fail to serialize", e);
    }
  }
}
