package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import newsbrief.Whitespace;

/**
 * HtmlExtractor on any page: article text that is not blank, or its one-line error. Inputs are
 * libFuzzer's default length (4 KB at most), so nesting stays a few hundred levels deep; pages
 * nested 100,000 deep are the extractor's own test.
 */
class HtmlExtractorFuzzTest {
  @FuzzTest
  void extractsOrRefusesInOneLine(@NotNull String html) {
    HtmlExtractor.Page page = FuzzContract.onlyDocumentedErrors(() -> HtmlExtractor.extract(html, "fuzz.html"));
    if (page != null) {
      assertFalse(Whitespace.collapse(page.text()).isEmpty(), "blank article text accepted");
    }
  }
}
