package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsbrief.Article;
import newsbrief.TestSupport;
import newsbrief.clean.ReadText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the web-page development set ({@code ../shared/eval/html-dev}: real news
 * pages and the article text a person marked on each), scored by the article-extraction
 * benchmark's measure ({@link ExtractionScore}, a port of the set's {@code score.py}). Skipped,
 * with the reason, when the set is absent. The pages are read as {@code newsbrief extract} reads
 * them; nothing of them is kept in the project.
 */
class HtmlDevQualityTest {
  private static Path dev;
  private static List<Article> articles;

  @BeforeAll
  static void read() {
    dev = TestSupport.sharedEval().resolve("html-dev");
    Assumptions.assumeTrue(Files.isDirectory(dev.resolve("html")) && Files.isDirectory(dev.resolve("truth")),
        "web-page development set not found at " + dev + " (../shared/eval/html-dev)");
    InputBatch batch = new InputCollector(dev, System.in).collect(List.of("html"));
    assertEquals(List.of(), batch.problemLines(), "every page gives an article");
    articles = batch.articles();
  }

  private static ExtractionScore.Score score(ReadText.Stage stage) throws IOException {
    Map<String, String> predicted = ReadText.of(articles, stage).stream()
        .collect(Collectors.toMap(t -> t.article().id(), ReadText::text));
    ExtractionScore score = new ExtractionScore();
    try (var truths = Files.list(dev.resolve("truth"))) {
      for (Path truth : truths.sorted().toList()) {
        String id = truth.getFileName().toString().replaceFirst("\\.txt$", "");
        score.add(Files.readString(truth), predicted.getOrDefault(id, ""));
      }
    }
    ExtractionScore.Score s = score.score();
    System.out.printf(Locale.ROOT, "html-dev %s: pages %d  F1 %.3f  precision %.3f  recall %.3f%n",
        stage.label(), s.pages(), s.f1(), s.precision(), s.recall());
    return s;
  }

  @Test
  void extractedTextScoresAtLeastTheBestPublishedExtractors() throws IOException {
    ExtractionScore.Score s = score(ReadText.Stage.EXTRACTED);
    assertEquals(88, s.pages());
    assertTrue(s.f1() >= 0.965, "extracted F1 " + s.f1() + " below 0.965");
  }

  @Test
  void proseThatIsSummarizedKeepsTheArticleAndLittleElse() throws IOException {
    ExtractionScore.Score s = score(ReadText.Stage.PROSE);
    assertTrue(s.f1() >= 0.94, "prose F1 " + s.f1() + " below 0.94");
    assertTrue(s.precision() >= 0.95, "prose precision " + s.precision() + " below 0.95");
  }

  /** Title, date and outlet on at least 90% of the pages that state them (all 88 state a title and a date, 85 an outlet). */
  @Test
  void metadataIsFoundOnNineInTenPages() {
    Function<Function<Article, Boolean>, Long> count = found -> articles.stream().filter(found::apply).count();
    assertTrue(count.apply(a -> a.metadata().title().isPresent()) >= 0.9 * 88, "titles");
    assertTrue(count.apply(a -> a.metadata().date().isPresent()) >= 0.9 * 88, "dates");
    assertTrue(count.apply(a -> a.metadata().outlet().isPresent()) >= 0.9 * 85, "outlets");
  }
}
