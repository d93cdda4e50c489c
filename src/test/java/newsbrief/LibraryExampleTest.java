package newsbrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import newsbrief.render.MarkdownRenderer;
import newsbrief.select.Length;
import newsbrief.story.StorySection;
import org.junit.jupiter.api.Test;

/** The README's example of the library used from Java runs as written (with the test's splitter and folder). */
class LibraryExampleTest {
  @Test
  void theReadmeExampleBriefsTheCorpus() throws IOException {
    Newsbrief newsbrief = new Newsbrief(TestSupport.coreNlp());
    BriefReport report = newsbrief.brief(BriefRequest.of("corpus").withWorkingDir(TestSupport.projectDir())
        .withLength(Length.words(200))
        .withWindow(LocalDate.of(2024, 11, 1), null));
    StringBuilder printed = new StringBuilder();
    for (StorySection section : report.day().sections()) {
      printed.append(section.headline()).append('\n');
      section.brief().lines().forEach(line -> printed.append("- ").append(line.sentence().text()).append('\n'));
    }
    assertEquals(0, report.problems().size());
    assertTrue(printed.length() > 200, printed.toString());
    String markdown = new MarkdownRenderer().render(report.day());
    assertEquals(Files.readString(TestSupport.projectDir().resolve("summaries/daily-brief.md")), markdown);
    String readme = Files.readString(TestSupport.projectDir().resolve("README.md"));
    assertTrue(readme.contains("BriefReport report = newsbrief.brief(BriefRequest.of(\"corpus\", \"feeds/today.jsonl\")"),
        "the README shows this example");
  }
}
