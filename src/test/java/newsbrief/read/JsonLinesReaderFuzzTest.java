package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import newsbrief.Article;

/**
 * JsonLinesReader on any text: articles with text, and one problem per bad line, each one line
 * naming the file and line; it never throws.
 */
class JsonLinesReaderFuzzTest {
  @FuzzTest
  void readsEveryLineOrListsIt(@NotNull String text) {
    InputBatch batch = FuzzContract.onlyDocumentedErrors(() -> JsonLinesReader.parse(text, "fuzz.jsonl", "fuzz"));
    assertTrue(batch != null, "the reader refused a whole file instead of listing its bad lines");
    for (Article article : batch.articles()) {
      assertFalse(Blank.isBlank(article.text()), "blank article accepted");
    }
    for (InputProblem problem : batch.problems()) {
      assertTrue(problem.where().startsWith("fuzz.jsonl:"), problem.where());
      assertFalse(problem.line().contains("\n") || problem.line().contains("\r"), problem.line());
    }
  }
}
