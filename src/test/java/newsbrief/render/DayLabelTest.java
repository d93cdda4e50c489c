package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

/** A line says its day when, and only when, its brief's sources span several days. */
class DayLabelTest {
  private static final String TEXT = "Talks resumed in Doha on Monday.";

  private static Brief brief(LocalDate... dates) {
    List<Article> sources = new ArrayList<>();
    List<BriefLine> lines = new ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      sources.add(HtmlPages.article("a" + i, TEXT, "Wire", null, dates[i], null));
      lines.add(HtmlPages.line(i, TEXT, TEXT, List.of()));
    }
    return new Brief(sources, lines, Budget.words(100), dates.length);
  }

  private static List<String> labels(Brief brief) {
    return brief.lines().stream().map(l -> BriefWording.dayLabel(brief, l)).toList();
  }

  @Test
  void oneSourceSaysNoDay() {
    assertEquals(List.of(""), labels(brief(LocalDate.of(2024, 1, 25))));
  }

  @Test
  void sourcesOfOneDaySayNoDay() {
    assertEquals(List.of("", ""), labels(brief(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 1, 25))));
  }

  @Test
  void oneDateAndAnUndatedSourceSayNoDay() {
    assertEquals(List.of("", ""), labels(brief(LocalDate.of(2024, 1, 25), null)));
  }

  @Test
  void sourcesOfSeveralDaysSayTheirDay() {
    assertEquals(List.of("25 Jan: ", "3 Feb: ", "Undated: "),
        labels(brief(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 2, 3), null)));
  }

  @Test
  void sourcesOfSeveralYearsSayTheYearToo() {
    assertEquals(List.of("31 Dec 2023: ", "1 Jan 2024: "), labels(brief(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1))));
  }

  @Test
  void textLinesSayTheirDayToo() {
    String text = new TextRenderer(0, false).render(brief(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 2, 3)));
    assertEquals(List.of("1. 25 Jan: Talks resumed in Doha on Monday. [1]", "2. 3 Feb: Talks resumed in Doha on Monday. [2]"),
        text.lines().filter(l -> l.matches("\\d\\. .*")).toList());
  }
}
