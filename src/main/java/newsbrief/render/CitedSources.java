package newsbrief.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.NearDuplicate;
import newsbrief.story.DayBrief;

/**
 * The sources a rendering of a brief lists, and their numbers, the same for text, Markdown and
 * JSON: only the articles cited, by a line or by its "also in", numbered in the brief's citation
 * order; a brief of 20,000 articles lists the few it quotes, not 20,000. Each line's "also in"
 * names at most {@value #SHOWN_ALSO_IN} corroborating articles, the most similar first (so the
 * near-duplicates an explanation quotes are among them), shown in citation order, and counts
 * the rest ("and 37 more"). When every source is cited, as in a brief of a few articles, the
 * numbers are the brief's own.
 */
public final class CitedSources {
  /** Most corroborating articles named on one line. */
  public static final int SHOWN_ALSO_IN = 5;

  private final Brief brief;
  private final int[] number;
  private final List<Article> listed;
  private final List<List<Integer>> shown;

  private CitedSources(Brief brief) {
    this.brief = brief;
    boolean[] cited = new boolean[brief.sources().size()];
    shown = new ArrayList<>();
    for (BriefLine line : brief.lines()) {
      cited[line.source()] = true;
      List<Integer> also = shownAlsoIn(line);
      also.forEach(s -> cited[s] = true);
      shown.add(also);
    }
    number = new int[cited.length];
    listed = new ArrayList<>();
    for (int s = 0; s < cited.length; s++) {
      if (cited[s]) {
        listed.add(brief.sources().get(s));
        number[s] = listed.size();
      }
    }
  }

  public static CitedSources of(Brief brief) {
    return new CitedSources(brief);
  }

  /** The sources listed, in citation order. */
  public List<Article> listed() {
    return List.copyOf(listed);
  }

  /** The number, from 1, under which source {@code source} (an index in the brief's sources) is listed; 0 when it is not. */
  public int number(int source) {
    return number[source];
  }

  /** The sources named in line {@code line}'s "also in", as indices in the brief's sources, in citation order. */
  public List<Integer> alsoIn(int line) {
    return shown.get(line);
  }

  /** How many corroborating articles of line {@code line} are not named. */
  public int moreAlsoIn(int line) {
    return brief.lines().get(line).alsoIn().size() - shown.get(line).size();
  }

  /** Articles summarized but not cited. */
  public int notCited() {
    return brief.sources().size() - listed.size();
  }

  /** Distinct outlets among the listed sources. */
  public long outletCount() {
    return listed.stream().flatMap(a -> a.metadata().outlet().stream()).distinct().count();
  }

  /** E.g. {@code [2], [4]} or {@code [2], [4], [5], [7], [9] and 37 more}, numbered from {@code first}. */
  public String alsoInText(int line, int first) {
    StringBuilder text = new StringBuilder();
    for (int source : shown.get(line)) {
      text.append(text.length() == 0 ? "" : ", ").append('[').append(number[source] + first - 1).append(']');
    }
    int more = moreAlsoIn(line);
    return more > 0 ? text + " and " + more + " more" : text.toString();
  }

  /**
   * The numbering of a day's sources, as every renderer of a day shows it: each section's cited
   * sources in turn, then, for each story under "Also reported", its first
   * {@value #MENTION_SOURCES} articles (the others are counted).
   */
  public static final class Day {
    private final List<CitedSources> sections = new ArrayList<>();
    private final int[] sectionFirst;
    private final int[] mentionFirst;
    private final DayBrief day;
    private final int last;

    private Day(DayBrief day) {
      this.day = day;
      sectionFirst = new int[day.sections().size()];
      mentionFirst = new int[day.alsoReported().size()];
      int next = 1;
      for (int s = 0; s < sectionFirst.length; s++) {
        CitedSources cited = CitedSources.of(day.sections().get(s).brief());
        sections.add(cited);
        sectionFirst[s] = next;
        next += cited.listed().size();
      }
      for (int m = 0; m < mentionFirst.length; m++) {
        mentionFirst[m] = next;
        next += mentionSources(m).size();
      }
      last = next - 1;
    }

    public static Day of(DayBrief day) {
      return new Day(day);
    }

    /** Section {@code s}'s cited sources. */
    public CitedSources section(int s) {
      return sections.get(s);
    }

    /** The number of section {@code s}'s first listed source. */
    public int firstNumber(int s) {
      return sectionFirst[s];
    }

    /** The number of mention {@code m}'s first listed source. */
    public int mentionFirst(int m) {
      return mentionFirst[m];
    }

    /** The sources listed for mention {@code m}: its first {@value #MENTION_SOURCES}. */
    public List<Article> mentionSources(int m) {
      List<Article> sources = day.alsoReported().get(m).sources();
      return sources.subList(0, Math.min(MENTION_SOURCES, sources.size()));
    }

    /** The highest number. */
    public int last() {
      return last;
    }
  }

  /** Most sources listed for one story under "Also reported"; the others are counted. */
  public static final int MENTION_SOURCES = 3;

  private static List<Integer> shownAlsoIn(BriefLine line) {
    Set<Integer> also = Set.copyOf(line.alsoIn());
    Set<Integer> chosen = new LinkedHashSet<>();
    for (NearDuplicate duplicate : line.nearDuplicates()) {
      if (chosen.size() < SHOWN_ALSO_IN && also.contains(duplicate.source())) {
        chosen.add(duplicate.source());
      }
    }
    for (int source : line.alsoIn()) {
      if (chosen.size() < SHOWN_ALSO_IN) {
        chosen.add(source);
      }
    }
    return chosen.stream().sorted().toList();
  }
}
