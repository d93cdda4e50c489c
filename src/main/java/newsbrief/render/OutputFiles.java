package newsbrief.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import newsbrief.NewsbriefException;

/**
 * Writes output files whole or not at all: into a temporary file beside the target, then one
 * atomic rename, so an interrupted run never leaves half a brief.
 */
public final class OutputFiles {
  private OutputFiles() {}

  public static void writeAtomically(Path target, String content) {
    writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void writeAtomically(Path target, byte[] content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      // Not Files.createTempFile: its files are private (0600); this one gets the umask's mode, as
      // any other tool's output does.
      temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new NewsbriefException(target.toString(), "cannot write: " + e.getMessage() + " (check the folder exists and is writable)", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The rename succeeded or the write already failed and was reported; a stray temporary file is all that is left.
        }
      }
    }
  }
}
