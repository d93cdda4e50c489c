package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
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
import org.junit.jupiter.params.provider.ValueSource;

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
        Arguments.of("BOM only", bytes(0xEF, 0xBB, 0xBF), ""),
        Arguments.of("HTML declaring windows-1252", page("<meta charset=\"windows-1252\">", "Caf\u00e9 \u201cnews\u201d \u2014 ok",
            java.nio.charset.Charset.forName("windows-1252")), pageText("<meta charset=\"windows-1252\">", "Caf\u00e9 \u201cnews\u201d \u2014 ok")),
        Arguments.of("HTML declaring ISO-8859-1 by http-equiv, read as windows-1252",
            page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "cr\u00e8me \u2019s",
                java.nio.charset.Charset.forName("windows-1252")),
            pageText("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "cr\u00e8me \u2019s")),
        Arguments.of("valid UTF-8 under a stale windows-1252 declaration stays UTF-8",
            page("<meta charset=windows-1252>", "Caf\u00e9", StandardCharsets.UTF_8), pageText("<meta charset=windows-1252>", "Caf\u00e9")));
  }

  static String pageText(String meta, String body) {
    return "<html><head>" + meta + "</head><body><p>" + body + "</p></body></html>";
  }

  static byte[] page(String meta, String body, java.nio.charset.Charset charset) {
    return pageText(meta, body).getBytes(charset);
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
        Arguments.of("Latin-1 HTML declaring UTF-8", page("<meta charset=utf-8>", "Café", StandardCharsets.ISO_8859_1), notText),
        Arguments.of("Latin-1 HTML declaring an unknown encoding", page("<meta charset=x-nonsense>", "Café", StandardCharsets.ISO_8859_1),
            notText),
        Arguments.of("UTF-16 LE without BOM", "News".getBytes(StandardCharsets.UTF_16LE),
            "a.txt: looks like UTF-16LE text without a byte-order mark, which cannot be told apart from binary data "
                + "(convert it to UTF-8, e.g. iconv -f UTF-16LE -t UTF-8)"),
        Arguments.of("UTF-16 BE without BOM", "Caf\u00e9 news".getBytes(StandardCharsets.UTF_16BE),
            "a.txt: looks like UTF-16BE text without a byte-order mark, which cannot be told apart from binary data "
                + "(convert it to UTF-8, e.g. iconv -f UTF-16BE -t UTF-8)"),
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

  /** Issue 15, item 3: a device that never ends is refused in one line, without reading it up to the heap. */
  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
  void endlessDevicesAreRefusedAtOnce(String device) {
    assumeTrue(Files.exists(Path.of(device)), "no " + device);
    NewsbriefException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(NewsbriefException.class, () -> TextDecoder.read(Path.of(device), device)));
    assertTrue(e.getMessage().startsWith(device + ": looks like a binary file")
        || e.getMessage().equals(device + ": " + TextDecoder.NOT_TEXT), e.getMessage());
  }

  /** Issue 15, item 3: the cap holds for what is read, not for what the file system says (a pipe says 0 bytes). */
  @Test
  void theCapHoldsOnAPipeOfEndlessText() throws Exception {
    Path fifo = dir.resolve("endless");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    Thread writer = new Thread(() -> {
      byte[] line = "All work and no play makes a dull brief.\n".getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = Files.newOutputStream(fifo)) {
        while (true) {
          out.write(line);
        }
      } catch (IOException e) {
        // the reader stopped reading: what is wanted
      }
    });
    writer.setDaemon(true);
    writer.start();
    NewsbriefException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> assertThrows(NewsbriefException.class, () -> TextDecoder.read(fifo, "endless", 1 << 20)));
    assertEquals("endless: too big (more than 1 MB read; at most 1 MB per input; split it into several files)", e.getMessage());
  }

  @Test
  void theCapHoldsOnAStream() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }
    };
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> TextDecoder.read(endless, "<stdin>", 1 << 20));
    assertEquals("<stdin>: too big (more than 1 MB read; at most 1 MB per input; split it into several files)", e.getMessage());
  }

  /** Issue 15, item 15: a path too long to open is said to be so, not called a permission problem. */
  @Test
  void aPathTooLongToOpenIsSaidToBeSo() {
    String name = "a".repeat(300) + ".txt";
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> TextDecoder.read(dir.resolve(name), name));
    assertEquals(name + ": path too long to open (a name of more than 255 bytes, or a path of more than 4,096; "
        + "shorten or move it)", e.getMessage());
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
