package newsbrief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsbrief.render.HtmlRenderer;
import newsbrief.render.MarkdownRenderer;
import newsbrief.story.DayBrief;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code summaries/} is generated; this fails when the committed files are stale. */
class SummariesUpToDateTest {
  private static final String REGENERATE = "regenerate summaries/ with the README's one command "
      + "('mvn -q package -DskipTests && java -jar target/newsbrief.jar brief corpus && ...') and commit it";
  private static DayBrief day;

  @BeforeAll
  static void briefTheCorpus() {
    day = new Newsbrief(TestSupport.coreNlp()).brief(BriefRequest.of("corpus").withWorkingDir(TestSupport.projectDir())).day();
  }

  @Test
  void dailyBriefIsUpToDate() throws IOException {
    assertEquals(new MarkdownRenderer().render(day), committed("summaries/daily-brief.md"),
        "summaries/daily-brief.md is stale: " + REGENERATE);
  }

  @Test
  void dailyBriefPageIsUpToDate() throws IOException {
    assertEquals(new HtmlRenderer().render(day), committed("summaries/daily-brief.html"),
        "summaries/daily-brief.html is stale: " + REGENERATE);
  }

  private static String committed(String file) throws IOException {
    Path path = TestSupport.projectDir().resolve(file);
    return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
  }
}
