package newsbrief.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import newsbrief.NewsbriefException;

/**
 * The one place that writes output files, whole or not at all, onto whatever is at the path as a
 * shell's {@code >} would:
 *
 * <ul>
 *   <li>A regular file (or none yet) is written into a temporary file beside it, which then
 *       replaces it by one atomic rename, so an interrupted run never leaves half a brief. The file
 *       replaced keeps its permissions (a private 0600 brief stays private).
 *   <li>A symbolic link is followed: its target is written and the link stays (also a dangling
 *       link, whose target is created).
 *   <li>A device, FIFO or other file that is not regular ({@code /dev/null}, {@code /dev/stdout}
 *       on a pipe, a named pipe) is written straight into, never renamed over; so is a path that
 *       leads through {@code /proc/.../fd} or {@code /dev/fd} (such as {@code /dev/stdout}), an
 *       open stream of the process, appended to as the shell opened it. A folder is refused.
 *   <li>Several files of one command ({@link #writeAll}) are written all or none: every file is
 *       staged first, and only when all are staged are they renamed into place; on a failure the
 *       staged files are deleted and every target is left as it was.
 *   <li>The temporary files are deleted on the way out when the process is stopped (SIGINT,
 *       SIGTERM) while writing, by a shutdown hook.
 * </ul>
 * A failure is a {@link NewsbriefException} of one line naming the path.
 */
public final class OutputFiles {
  /** Temporary files being written, deleted by the shutdown hook if the process stops before they are renamed. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  /** Longest chain of symbolic links followed, as the kernel's limit (ELOOP). */
  private static final int MAX_LINKS = 40;

  static {
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::deletePending, "newsbrief-output-cleanup"));
    } catch (IllegalStateException e) {
      // The process is already stopping: nothing will be written.
    }
  }

  private OutputFiles() {}

  /** What is written into one file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void writeAtomically(Path target, String content) {
    writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void writeAtomically(Path target, byte[] content) {
    writeAtomically(target, out -> out.write(content));
  }

  public static void writeAtomically(Path target, Content content) {
    write(Map.of(target, content));
  }

  /** Writes every file, in this order, all or none (see the class comment). */
  @SafeVarargs
  public static void writeAll(Map.Entry<Path, byte[]>... files) {
    Map<Path, byte[]> ordered = new LinkedHashMap<>();
    for (Map.Entry<Path, byte[]> file : files) {
      ordered.put(file.getKey(), file.getValue());
    }
    writeAll(ordered);
  }

  /** Writes every file, in the map's order, all or none (see the class comment). */
  public static void writeAll(Map<Path, byte[]> files) {
    Map<Path, Content> contents = new LinkedHashMap<>();
    files.forEach((path, bytes) -> contents.put(path, out -> out.write(bytes)));
    write(contents);
  }

  /** A file to write: the path as given, where it is written, and how. */
  private record Destination(Path given, Path file, boolean direct, Content content) {}

  /** A staged file: written in full under its temporary name, waiting to be renamed. */
  private record Staged(Destination destination, Path temporary) {}

  static void write(Map<Path, Content> files) {
    List<Destination> destinations = new ArrayList<>();
    files.forEach((path, content) -> destinations.add(destination(path, content)));
    List<Staged> staged = new ArrayList<>();
    try {
      for (Destination destination : destinations) {
        if (!destination.direct()) {
          staged.add(stage(destination));
        }
      }
      for (Destination destination : destinations) {
        if (destination.direct()) {
          writeDirect(destination);
        }
      }
      for (Staged file : staged) {
        commit(file);
      }
    } finally {
      for (Staged file : staged) {
        deleteQuietly(file.temporary());
      }
    }
  }

  /** Where {@code given} is written: links followed, and whether straight into it (not a regular file) or by rename. */
  private static Destination destination(Path given, Content content) {
    Path path = given.toAbsolutePath();
    try {
      for (int links = 0; Files.isSymbolicLink(path); links++) {
        if (links == MAX_LINKS) {
          throw new NewsbriefException(given.toString(), "too many levels of symbolic links (check where the links lead)");
        }
        if (isProcessStream(path)) {
          return new Destination(given, given.toAbsolutePath(), true, content);
        }
        path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
      }
    } catch (IOException e) {
      throw failure(given, e);
    }
    if (Files.isDirectory(path)) {
      throw new NewsbriefException(given.toString(), "is a folder, not a file (name a file to write, or remove the folder)");
    }
    boolean direct = Files.exists(path) && !Files.isRegularFile(path);
    return new Destination(given, path, direct, content);
  }

  /**
   * The file {@code given} names once links are followed, as a real path where it exists: what
   * would be written. For comparing an output with the inputs.
   */
  public static Path resolvedTarget(Path given) {
    try {
      Path file = destination(given, out -> { }).file();
      return Files.exists(file) ? file.toRealPath() : file;
    } catch (NewsbriefException | IOException e) {
      return given.toAbsolutePath().normalize();
    }
  }

  /** A path of {@code /proc/PID/fd/N} or {@code /dev/fd/N}: one of the process's open files, not a place in a folder. */
  private static boolean isProcessStream(Path path) {
    Path parent = path.getParent();
    if (parent == null || parent.getFileName() == null || !parent.getFileName().toString().equals("fd")) {
      return false;
    }
    return path.startsWith("/proc") || parent.equals(Path.of("/dev/fd"));
  }

  private static Staged stage(Destination destination) {
    Path file = destination.file();
    Path temporary = null;
    try {
      Files.createDirectories(file.getParent());
      // Not Files.createTempFile: its files are private (0600); this one gets the umask's mode, as
      // any other tool's output does, or the mode of the file it replaces.
      temporary = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      PENDING.add(temporary);
      try (OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        destination.content().writeTo(out);
      }
      if (Files.isRegularFile(file)) {
        keepMode(file, temporary);
      }
      return new Staged(destination, temporary);
    } catch (IOException e) {
      if (temporary != null) {
        deleteQuietly(temporary);
      }
      throw failure(destination.given(), e);
    }
  }

  private static void keepMode(Path replaced, Path temporary) throws IOException {
    try {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(replaced));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its files have no mode to keep.
    }
  }

  private static void writeDirect(Destination destination) {
    // No TRUNCATE_EXISTING: a device or pipe has nothing to truncate, and a shell's >> must stay an append.
    try (OutputStream out = new BufferedOutputStream(
        Files.newOutputStream(destination.file(), StandardOpenOption.WRITE, StandardOpenOption.APPEND))) {
      destination.content().writeTo(out);
    } catch (IOException e) {
      throw failure(destination.given(), e);
    }
  }

  private static void commit(Staged staged) {
    Path file = staged.destination().file();
    try {
      try {
        Files.move(staged.temporary(), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staged.temporary(), file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw failure(staged.destination().given(), e);
    }
  }

  private static NewsbriefException failure(Path given, IOException e) {
    String where = given.toString();
    if (e instanceof AccessDeniedException) {
      return new NewsbriefException(where, "cannot write: permission denied (check the folder is writable)", e);
    }
    if (e instanceof NoSuchFileException) {
      return new NewsbriefException(where, "cannot write: no such file or folder (check the path)", e);
    }
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    return new NewsbriefException(where, "cannot write: " + reason + " (check the folder exists and is writable, and the disk has room)", e);
  }

  private static void deletePending() {
    PENDING.forEach(OutputFiles::deleteQuietly);
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // Renamed already, or the write failed and was reported; a stray temporary file is all that is left.
    }
    PENDING.remove(temporary);
  }
}
