package newsbrief.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.NewsbriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFilesTest {
  @TempDir Path folder;

  @Test
  void writesOneSentencePerLineAndReadsThemBack() {
    Path file = folder.resolve("d1.txt");
    List<String> sentences = List.of("First \u201cquoted\u201d sentence.", "Second\u00a0one.");
    SummaryFiles.write(file, sentences);
    assertEquals(sentences, SummaryFiles.read(file));
  }

  /** As the scorer reads: only the line feed goes; carriage returns stay; empty lines are skipped. */
  @Test
  void readsLinesAsTheScorerDoes() throws IOException {
    Path file = folder.resolve("crlf.txt");
    Files.write(file, "one\r\n\ntwo".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("one\r", "two"), SummaryFiles.read(file));
  }

  @Test
  void refusesWhatWouldNotReadBack() {
    Path file = folder.resolve("bad.txt");
    assertThrows(IllegalArgumentException.class, () -> SummaryFiles.write(file, List.of("a\nb")));
    assertThrows(IllegalArgumentException.class, () -> SummaryFiles.write(file, List.of("")));
  }

  @Test
  void refusesNonUtf8AndMissingFiles() throws IOException {
    Path latin1 = folder.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xe9});
    assertThrows(NewsbriefException.class, () -> SummaryFiles.read(latin1));
    assertThrows(NewsbriefException.class, () -> SummaryFiles.read(folder.resolve("absent.txt")));
  }
}
