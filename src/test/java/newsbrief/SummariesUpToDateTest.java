package newsbrief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsbrief.render.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/** {@code summaries/} is generated; this fails when the committed files are stale. */
class SummariesUpToDateTest {
  @Test
  void dailyBriefIsUpToDate() throws IOException {
    Path committed = TestSupport.projectDir().resolve("summaries/daily-brief.md");
    String expected = new MarkdownRenderer().render(new Newsbrief(TestSupport.coreNlp())
        .brief(BriefRequest.of("corpus").withWorkingDir(TestSupport.projectDir())).day());
    assertEquals(expected, Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "",
        "summaries/daily-brief.md is stale: regenerate it with "
            + "'mvn -q package -DskipTests && java -jar target/newsbrief.jar brief corpus' and commit it");
  }
}
