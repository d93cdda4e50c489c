package newsbrief.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import newsbrief.NewsbriefException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder, written whole or not at all on any file system Spark writes to: its files go
 * into a temporary folder beside it, which takes its place in one rename when every file is
 * complete; a failed run leaves no trace. A folder that exists is replaced only when it holds
 * nothing but an earlier run's files.
 */
final class OutputFolder implements AutoCloseable {
  static final String STORIES = "stories.jsonl";
  static final String SUMMARY = "summary.json";
  private static final Set<String> OURS = Set.of(STORIES, SUMMARY);

  private final String typed;
  private final FileSystem fs;
  private final Path target;
  private final Path temporary;
  private boolean committed;

  private OutputFolder(String typed, FileSystem fs, Path target, Path temporary) {
    this.typed = typed;
    this.fs = fs;
    this.target = target;
    this.temporary = temporary;
  }

  /**
   * Checks that {@code typed} can be written and opens its temporary twin.
   *
   * @throws NewsbriefException when it is a file, or a folder holding other files
   */
  static OutputFolder open(Configuration configuration, String typed) {
    try {
      Path target = new Path(typed);
      FileSystem fs = target.getFileSystem(configuration);
      // No .crc files beside ours on a local file system.
      fs.setWriteChecksum(false);
      target = fs.makeQualified(target);
      checkReplaceable(fs, target, typed);
      Path temporary = new Path(target.getParent(),
          "." + target.getName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      if (!fs.mkdirs(temporary)) {
        throw new IOException("cannot create " + temporary);
      }
      return new OutputFolder(typed, fs, target, temporary);
    } catch (IOException e) {
      throw new NewsbriefException(typed, "cannot write: " + e.getMessage() + " (check the folder's parent exists and is writable)", e);
    }
  }

  private static void checkReplaceable(FileSystem fs, Path target, String typed) throws IOException {
    if (!fs.exists(target)) {
      return;
    }
    FileStatus status = fs.getFileStatus(target);
    if (!status.isDirectory()) {
      throw new NewsbriefException(typed, "is a file, not a folder (give a folder for stories.jsonl and summary.json)");
    }
    for (FileStatus child : fs.listStatus(target)) {
      if (!OURS.contains(child.getPath().getName())) {
        throw new NewsbriefException(typed, "holds other files than an earlier run's stories.jsonl and summary.json "
            + "(choose a new folder, or empty this one)");
      }
    }
  }

  /** A new file of the output, e.g. {@link #STORIES}. */
  OutputStream create(String name) {
    try {
      return fs.create(new Path(temporary, name), false);
    } catch (IOException e) {
      throw new NewsbriefException(typed, "cannot write " + name + ": " + e.getMessage() + " (check the disk)", e);
    }
  }

  /** Puts the finished files in place of the folder. */
  void commit() {
    try {
      checkReplaceable(fs, target, typed);
      Path old = null;
      if (fs.exists(target)) {
        old = new Path(temporary.getParent(), temporary.getName() + ".old");
        if (!fs.rename(target, old)) {
          throw new IOException("cannot move the earlier output aside");
        }
      }
      if (!fs.rename(temporary, target)) {
        if (old != null) {
          fs.rename(old, target);
        }
        throw new IOException("cannot rename " + temporary + " to " + target);
      }
      committed = true;
      if (old != null) {
        fs.delete(old, true);
      }
    } catch (IOException e) {
      throw new NewsbriefException(typed, "cannot write: " + e.getMessage() + " (check the folder is writable)", e);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      try {
        fs.delete(temporary, true);
      } catch (IOException ignored) {
        // The run already failed and says why; a stray temporary folder is all that is left.
      }
    }
  }
}
