package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.NewsbriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {
  @TempDir Path dir;

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static Stream<Arguments> accepted() {
    String text = "Élan — “quoted” 🙂\n";
    return Stream.of(
        Arguments.of("empty", new byte[0], ""),
        Arguments.of("UTF-8", text.getBytes(StandardCharsets.UTF_8), text),
        Arguments.of("UTF-8 with BOM", concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(StandardCharsets.UTF_8)), text),
        Arguments.of("UTF-16 LE with BOM", concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)), text),
        Arguments.of("UTF-16 BE with BOM", concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)), text),
        Arguments.of("BOM only", bytes(0xEF, 0xBB, 0xBF), ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void decodesAcceptedEncodings(String name, byte[] input, String expected) {
    assertEquals(expected, TextDecoder.decode(input, "a.txt"));
  }

  static Stream<Arguments> refused() {
    String notText = "a.txt: not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)";
    String save = ", not an article (save the article as text or HTML)";
    return Stream.of(
        Arguments.of("Latin-1", "Café crème".getBytes(StandardCharsets.ISO_8859_1), notText),
        Arguments.of("UTF-16 without BOM", "News".getBytes(StandardCharsets.UTF_16LE),
            "a.txt: looks like a binary file (it holds NUL bytes)" + save),
        Arguments.of("UTF-16 LE with BOM, odd length", bytes(0xFF, 0xFE, 'a', 0, 'b'), notText),
        Arguments.of("UTF-16 LE with BOM, lone surrogate", bytes(0xFF, 0xFE, 0x00, 0xD8, 'a', 0), notText),
        Arguments.of("UTF-32 LE", concat(bytes(0xFF, 0xFE, 0, 0), bytes('a', 0, 0, 0)), notText),
        Arguments.of("UTF-32 BE", bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, 'a'), notText),
        Arguments.of("NUL byte", "text\0more".getBytes(StandardCharsets.UTF_8),
            "a.txt: looks like a binary file (it holds NUL bytes)" + save),
        Arguments.of("NUL in UTF-16", bytes(0xFF, 0xFE, 'a', 0, 0, 0),
            "a.txt: looks like a binary file (it holds NUL bytes)" + save),
        Arguments.of("PDF", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "a.txt: looks like a PDF" + save),
        Arguments.of("PNG", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13), "a.txt: looks like a PNG image" + save),
        Arguments.of("JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F'), "a.txt: looks like a JPEG image" + save),
        Arguments.of("GIF", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1), "a.txt: looks like a GIF image" + save),
        Arguments.of("zip", bytes('P', 'K', 3, 4, 20, 0, 0, 0), "a.txt: looks like a zip archive" + save),
        Arguments.of("gzip", bytes(0x1F, 0x8B, 8, 0, 0, 0, 0, 0), "a.txt: looks like a gzip archive" + save));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusesWhatIsNotText(String name, byte[] input, String message) {
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> TextDecoder.decode(input, "a.txt"));
    assertEquals(message, e.getMessage());
    assertEquals("a.txt", e.where());
  }

  @Test
  void readsFilesAndNamesThemAsGiven() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.write(file, concat(bytes(0xFF, 0xFE), "Hello".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("Hello", TextDecoder.read(file, "in/a.txt"));
    Files.write(file, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> TextDecoder.read(file, "in/a.txt"));
    assertEquals("in/a.txt: not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)", e.getMessage());
  }

  @Test
  void missingFileAndFolder() {
    NewsbriefException missing = assertThrows(NewsbriefException.class, () -> TextDecoder.read(dir.resolve("nope.txt"), "nope.txt"));
    assertEquals("nope.txt: no such file or folder (check the path)", missing.getMessage());
    NewsbriefException folder = assertThrows(NewsbriefException.class, () -> TextDecoder.read(dir, "in"));
    assertEquals("in: is a folder, not a file (name a file, or pass the folder as an input)", folder.getMessage());
  }

  @Test
  void readsStreams() {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), "piped".getBytes(StandardCharsets.UTF_8));
    assertEquals("piped", TextDecoder.read(new ByteArrayInputStream(input), "<stdin>"));
  }

  @Test
  void theCollectorUsesTheSameDecoder() throws Exception {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    InputCollector collector = new InputCollector(dir, InputStream.nullInputStream()).strict(true);
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> collector.collect(List.of("latin1.txt")));
    assertEquals("latin1.txt: not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)", e.getMessage());
    Files.write(file, concat(bytes(0xFE, 0xFF), "Hi".getBytes(StandardCharsets.UTF_16BE)));
    assertEquals("Hi", collector.collect(List.of("latin1.txt")).articles().get(0).text());
  }
}
