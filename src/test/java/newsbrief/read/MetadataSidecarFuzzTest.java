package newsbrief.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/** MetadataSidecar on any text: metadata, or its one-line error. */
class MetadataSidecarFuzzTest {
  @FuzzTest
  void parsesOrRefusesInOneLine(@NotNull String text) {
    FuzzContract.onlyDocumentedErrors(() -> MetadataSidecar.parse(text, "fuzz.meta"));
  }
}
