package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * TextDecoder on any bytes: text without NUL, or one of its one-line errors; from a stream the
 * same answer as from the bytes.
 */
class TextDecoderFuzzTest {
  @FuzzTest
  void decodesOrRefusesInOneLine(byte[] bytes) {
    String text = FuzzContract.onlyDocumentedErrors(() -> TextDecoder.decode(bytes, "fuzz.txt"));
    String streamed = FuzzContract.onlyDocumentedErrors(() -> TextDecoder.read(new ByteArrayInputStream(bytes), "fuzz.txt"));
    assertEquals(text, streamed);
    if (text != null) {
      assertFalse(text.indexOf('\0') >= 0, "decoded text holds NUL");
    }
  }
}
