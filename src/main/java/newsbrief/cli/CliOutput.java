package newsbrief.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import newsbrief.SafeText;
import newsbrief.render.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * How the commands write, in one place, so that every command behaves alike: UTF-8 on standard
 * output and error whatever the locale, a failed write on standard output as exit code 1 with one
 * line, standard error safe for a terminal whatever the inputs hold, no output file onto an input,
 * and the "wrote FILE" line.
 */
final class CliOutput {
  /** Exit code of a run whose output could not be written. */
  static final int EXIT_WRITE_FAILED = 1;

  private CliOutput() {}

  /**
   * The process's standard output and error as UTF-8 writers, whatever the locale says
   * ({@code LC_ALL=C} made Java write {@code ?} for every non-ASCII character); {@link System#out}
   * and {@link System#err} are set to UTF-8 too, for anything else that prints.
   */
  static void useUtf8(CommandLine commandLine) {
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
  }

  /**
   * Runs the command with standard error made safe ({@link SafeWriter}), then fails the run with
   * exit code 1 and one line when standard output could not be written (a full disk, a closed
   * pipe: {@link PrintWriter} keeps such errors to itself).
   */
  static int execute(CommandLine.ParseResult parseResult) {
    CommandLine root = parseResult.commandSpec().commandLine();
    PrintWriter err = root.getErr();
    root.setErr(new PrintWriter(new SafeWriter(err), true));
    int code;
    try {
      code = new CommandLine.RunLast().execute(parseResult);
    } finally {
      root.getErr().flush();
      root.setErr(err);
    }
    PrintWriter out = root.getOut();
    if (out.checkError()) {
      err.println("newsbrief: standard output: cannot write (is the disk full, or the reading end of the pipe closed?)");
      err.flush();
      return code == 0 ? EXIT_WRITE_FAILED : code;
    }
    return code;
  }

  /**
   * Refuses an output file that is one of the inputs read ({@code -o a.txt} with {@code a.txt}
   * named, or found in a folder or by a pattern), before anything is written.
   *
   * @param inputs the files read, as real paths
   */
  static void refuseInputAsOutput(CommandLine commandLine, Path workingDir, String output, Collection<Path> inputs) {
    if (output == null || output.equals("-")) {
      return;
    }
    Path target = OutputFiles.resolvedTarget(workingDir.resolve(output));
    if (inputs.contains(target)) {
      throw new ParameterException(commandLine, "newsbrief: -o " + SafeText.oneLine(output)
          + ": is one of the inputs (write the brief to another file)");
    }
  }

  /** The real paths of the files the articles were read from, and of their sidecars; for a reader that does not list them. */
  static java.util.Set<Path> files(java.util.List<newsbrief.Article> articles) {
    java.util.Set<Path> files = new java.util.HashSet<>();
    for (newsbrief.Article article : articles) {
      for (String name : java.util.List.of(article.origin(), article.origin().replaceFirst("\\.[^./]*$", "") + ".meta")) {
        try {
          files.add(Path.of(name).toRealPath());
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
          // not a file (standard input, a JSON line): nothing to protect
        }
      }
    }
    return files;
  }

  /** E.g. {@code wrote brief.md: 1 sentence, 38 words, from 1 article} and what {@code more} adds. */
  static void wrote(PrintWriter out, String target, int sentences, int words, int articles, String more) {
    out.println("wrote " + SafeText.oneLine(target) + ": " + count(sentences, "sentence") + ", " + count(words, "word")
        + ", from " + count(articles, "article") + more);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * A writer for standard error that neutralises what a terminal would obey ({@link SafeText}):
   * a message quoting a file name or title with escape sequences cannot clear the screen or write
   * the clipboard. A carriage return written alone (the progress bar's redraw) passes.
   */
  static final class SafeWriter extends FilterWriter {
    SafeWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      out.write(c == '\r' || !SafeText.isUnsafe((char) c) ? c : SafeText.REPLACEMENT);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(SafeText.neutralise(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.write(SafeText.neutralise(text.substring(offset, offset + length)));
    }
  }
}
