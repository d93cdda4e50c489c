package newsbrief;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import newsbrief.read.DateWindow;
import newsbrief.read.InputBatch;
import newsbrief.read.InputCollector;
import newsbrief.read.InputFormat;
import newsbrief.select.Length;
import newsbrief.story.DayLength;

/**
 * What a brief is asked for: the inputs (paths, folders, glob patterns and {@code -} for a stream,
 * read by {@link InputCollector}; or articles already read), how to read them, the date window,
 * the length, and how the day is cut into stories. Immutable; change it with the {@code with...}
 * methods.
 *
 * @param inputs what to read, as a user names it; empty when {@code articles} are given
 * @param articles articles already read; empty when {@code inputs} are given
 * @param workingDir the folder relative inputs start from
 * @param stdin what {@code -} reads
 * @param format how to read every input ({@link InputFormat#AUTO} tells by extension and content)
 * @param strict stop at the first input that cannot be used instead of listing it
 * @param window the publication dates kept; undated articles are kept and listed
 * @param length how long the day's brief is: by default a length of its own for each section
 *     ({@link DayLength#defaults()}), or one total its sections share
 * @param maxSections most stories that get a section of their own, at least 1
 * @param flat one brief of all the articles, without grouping them into stories
 */
public record BriefRequest(List<String> inputs, List<Article> articles, Path workingDir, InputStream stdin,
    InputFormat format, boolean strict, DateWindow window, DayLength length, int maxSections, boolean flat) {

  public BriefRequest {
    inputs = List.copyOf(inputs);
    articles = List.copyOf(articles);
    Objects.requireNonNull(workingDir, "workingDir");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(length, "length");
    if (!inputs.isEmpty() && !articles.isEmpty()) {
      throw new IllegalArgumentException("give inputs to read or articles, not both");
    }
    if (maxSections < 1) {
      throw new IllegalArgumentException("at least one story needs a section, got " + maxSections);
    }
  }

  /** The inputs named, read relative to the process's working folder, {@code -} from {@link System#in}. */
  public static BriefRequest of(String... inputs) {
    return of(List.of(inputs));
  }

  /** As {@link #of(String...)}. */
  public static BriefRequest of(List<String> inputs) {
    return new BriefRequest(inputs, List.of(), Path.of("").toAbsolutePath(), System.in, InputFormat.AUTO, false,
        DateWindow.ALL, DayLength.defaults(), Integer.MAX_VALUE, false);
  }

  /** One stream of articles (one article, or several separated by lines holding only {@code ---}). */
  public static BriefRequest of(InputStream stream) {
    return of(InputCollector.STDIN).withStdin(stream);
  }

  /** Articles already read. */
  public static BriefRequest ofArticles(List<Article> articles) {
    return new BriefRequest(List.of(), articles, Path.of("").toAbsolutePath(), InputStream.nullInputStream(),
        InputFormat.AUTO, false, DateWindow.ALL, DayLength.defaults(), Integer.MAX_VALUE, false);
  }

  public BriefRequest withWorkingDir(Path value) {
    return new BriefRequest(inputs, articles, value, stdin, format, strict, window, length, maxSections, flat);
  }

  public BriefRequest withStdin(InputStream value) {
    return new BriefRequest(inputs, articles, workingDir, value, format, strict, window, length, maxSections, flat);
  }

  public BriefRequest withFormat(InputFormat value) {
    return new BriefRequest(inputs, articles, workingDir, stdin, value, strict, window, length, maxSections, flat);
  }

  public BriefRequest withStrict(boolean value) {
    return new BriefRequest(inputs, articles, workingDir, stdin, format, value, window, length, maxSections, flat);
  }

  public BriefRequest withWindow(DateWindow value) {
    return new BriefRequest(inputs, articles, workingDir, stdin, format, strict, value, length, maxSections, flat);
  }

  /** Articles dated from {@code since} to {@code until}, both included; {@code null} leaves that end open. */
  public BriefRequest withWindow(LocalDate since, LocalDate until) {
    return withWindow(DateWindow.of(since, until));
  }

  public BriefRequest withLength(DayLength value) {
    return new BriefRequest(inputs, articles, workingDir, stdin, format, strict, window, value, maxSections, flat);
  }

  /** One total the day's sections share. */
  public BriefRequest withLength(Length total) {
    return withLength(new DayLength.Shared(total));
  }

  public BriefRequest withMaxSections(int value) {
    return new BriefRequest(inputs, articles, workingDir, stdin, format, strict, window, length, value, flat);
  }

  public BriefRequest withFlat(boolean value) {
    return new BriefRequest(inputs, articles, workingDir, stdin, format, strict, window, length, maxSections, value);
  }

  /**
   * The read stage: the articles of the inputs and the problems of those that gave none.
   *
   * @throws NewsbriefException in strict mode, on the first input that cannot be used
   */
  public InputBatch read() {
    if (inputs.isEmpty()) {
      return new InputBatch(articles, List.of(), List.of());
    }
    return new InputCollector(workingDir, stdin).withFormat(format).strict(strict).collect(inputs);
  }
}
