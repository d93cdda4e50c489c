package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsbrief.NewsbriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -o} as the one place that writes files: whole or not at all, onto what is at the path as
 * a shell redirection would (a link's target, a device or FIFO written straight through), the
 * file's mode kept, several files all or none, and no temporary file left by a signal.
 */
class OutputFilesTest {
  @TempDir Path dir;

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  @Test
  void writesANewFileAndReplacesAnOldOne() throws IOException {
    Path target = dir.resolve("brief.md");
    OutputFiles.writeAtomically(target, "one\n");
    assertEquals("one\n", Files.readString(target));
    OutputFiles.writeAtomically(target, "two\n");
    assertEquals("two\n", Files.readString(target));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void writesTheTargetOfASymbolicLinkAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("brief.md"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("real/brief.md"));
    OutputFiles.writeAtomically(link, "new\n");
    assertTrue(Files.isSymbolicLink(link), "the link became a plain file");
    assertEquals("new\n", Files.readString(real));
  }

  @Test
  void writesThroughADanglingLinkToTheFileItNames() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("not-yet.md"));
    OutputFiles.writeAtomically(link, "new\n");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new\n", Files.readString(dir.resolve("not-yet.md")));
  }

  @Test
  void writesStraightIntoAFifo() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
    OutputFiles.writeAtomically(fifo, "through the pipe\n");
    assertEquals("through the pipe\n", new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    assertTrue(Files.readAttributes(fifo, "unix:mode").get("mode") instanceof Integer mode && (mode & 0170000) == 0010000,
        "the FIFO was replaced");
    assertEquals(List.of(), leftovers());
  }

  /** A character device like /dev/null, made in the temporary folder (root only), so that a failing run replaces nothing of the machine's. */
  @Test
  void writesStraightIntoACharacterDevice() throws Exception {
    Path device = dir.resolve("null");
    assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
        "cannot make a device node here (not root)");
    OutputFiles.writeAtomically(device, "into the void\n");
    assertEquals("character", kind(device));
    assertEquals(List.of(), leftovers());
  }

  /** A device like /dev/full, made in the temporary folder: a failing run must never replace the machine's own. */
  @Test
  void aFullDeviceIsOneLineAndStaysADevice() throws Exception {
    Path device = dir.resolve("full");
    assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "7").start().waitFor() == 0,
        "cannot make a device node here (not root)");
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> OutputFiles.writeAtomically(device, "x"));
    assertTrue(e.getMessage().startsWith(device + ": cannot write: No space left on device ("), e.getMessage());
    assertEquals("character", kind(device));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aFolderIsRefusedInOneLine() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("brief.md"));
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> OutputFiles.writeAtomically(folder, "x"));
    assertEquals(folder + ": is a folder, not a file (name a file to write, or remove the folder)", e.getMessage());
    assertEquals(List.of(), leftovers());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "rw-r-----", "rwxr-xr-x"})
  void keepsTheModeOfTheFileItReplaces(String mode) throws IOException {
    Path target = Files.writeString(dir.resolve("brief.md"), "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
    OutputFiles.writeAtomically(target, "new\n");
    assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void writesSeveralFilesAllOrNone() throws IOException {
    Path svg = Files.writeString(dir.resolve("chart.svg"), "old chart\n");
    Path md = Files.createDirectories(dir.resolve("table.md"));
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(svg, "new chart\n".getBytes(StandardCharsets.UTF_8));
    files.put(md, "new table\n".getBytes(StandardCharsets.UTF_8));
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> OutputFiles.writeAll(files));
    assertTrue(e.getMessage().startsWith(md + ": is a folder"), e.getMessage());
    assertEquals("old chart\n", Files.readString(svg), "one file of two was replaced");
    assertEquals(List.of(), leftovers());

    Files.delete(md);
    OutputFiles.writeAll(files);
    assertArrayEquals(files.get(svg), Files.readAllBytes(svg));
    assertArrayEquals(files.get(md), Files.readAllBytes(md));
  }

  @Test
  void aFailureWhileStagingLeavesEveryTargetAsItWas() throws IOException {
    Path first = Files.writeString(dir.resolve("a.md"), "old a\n");
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
    files.put(first, out -> out.write("new a\n".getBytes(StandardCharsets.UTF_8)));
    files.put(locked.resolve("b.md"), out -> {
      throw new IOException("disk on fire");
    });
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> OutputFiles.write(files));
    assertTrue(e.getMessage().contains("cannot write: disk on fire"), e.getMessage());
    assertEquals("old a\n", Files.readString(first));
    assertFalse(Files.exists(locked.resolve("b.md")));
    assertEquals(List.of(), leftovers());
    try (Stream<Path> inLocked = Files.list(locked)) {
      assertEquals(0, inLocked.count());
    }
  }

  /** SIGTERM (what kill and Process.destroy send) and SIGINT (Ctrl-C) while -o is written: the temporary file goes too. */
  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT"})
  void aSignalWhileWritingRemovesTheTemporaryFile(String signal) throws Exception {
    Path target = dir.resolve("brief.md");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), SlowWrite.class.getName(), target.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("writing", out.readLine());
      assertEquals(1, leftovers().size(), "no temporary file while writing");
      assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor());
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the writer did not stop");
    } finally {
      process.destroyForcibly();
    }
    assertEquals(List.of(), leftovers());
    assertFalse(Files.exists(target));
  }

  private static String kind(Path path) {
    try {
      int mode = (Integer) Files.readAttributes(path, "unix:mode", LinkOption.NOFOLLOW_LINKS).get("mode");
      return switch (mode & 0170000) {
        case 0020000 -> "character";
        case 0010000 -> "fifo";
        case 0100000 -> "regular";
        default -> Integer.toOctalString(mode);
      };
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

  /** Writes part of a file through OutputFiles, says so on standard output, then waits to be stopped. */
  static final class SlowWrite {
    public static void main(String[] args) {
      OutputFiles.writeAtomically(Path.of(args[0]), out -> {
        out.write(new byte[1 << 20]);
        out.flush();
        System.out.println("writing");
        System.out.flush();
        try {
          Thread.sleep(120_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }
}
