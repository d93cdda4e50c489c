package newsbrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNetExceptionsTest {

  /** Forms listed in several files: the file read last (order noun, adv, verb, adj) wins. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"best, good", "better, good", "is, be", "testes, testes", "offer, offer",
      "gasses, gas", "involucra, involucrum"})
  void lastReadFileWins(String inflected, String base) {
    assertEquals(Optional.of(base), WordNetExceptions.baseForm(inflected));
  }

  /** A line with several base forms gives its first: "axes ax axis". */
  @Test
  void firstBaseFormOnALineIsUsed() {
    assertEquals(Optional.of("ax"), WordNetExceptions.baseForm("axes"));
    assertEquals(Optional.of("be"), WordNetExceptions.baseForm("were"));
    assertEquals(Optional.empty(), WordNetExceptions.baseForm("newsbrief"));
  }

  @Test
  void loadsEveryDistinctForm() {
    assertTrue(WordNetExceptions.size() > 5900, "forms: " + WordNetExceptions.size());
  }

  @Test
  void noticeTravelsWithTheLists() {
    try (InputStream notice = WordNetExceptions.class.getResourceAsStream("wordnet/NOTICE")) {
      String text = new String(notice.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.contains("WordNet 2.0 Copyright 2003 by Princeton University"));
      assertTrue(text.contains("PROVIDED \"AS IS\""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
