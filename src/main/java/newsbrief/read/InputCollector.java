package newsbrief.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import newsbrief.Article;
import newsbrief.NewsbriefException;

/**
 * Turns the inputs a user names into articles: files, folders, glob patterns and {@code -} for
 * standard input, in any {@link InputFormat}.
 *
 * <ul>
 *   <li>A <b>file</b> is read whatever its extension (binary and undecodable files are refused
 *       with their own message, see {@link TextDecoder}); a {@code .meta} sidecar named directly
 *       is a problem.
 *   <li>A <b>folder</b> is read recursively, in sorted path order: every file ending in
 *       {@code .txt}, {@code .text}, {@code .md}, {@code .html}, {@code .htm}, {@code .xhtml},
 *       {@code .jsonl} or {@code .ndjson}. Hidden files and folders (name starting with a dot),
 *       {@code .meta} sidecars (read with the article beside them) and the {@code NAME_files}
 *       folder a browser saves beside {@code NAME.html} are passed over; other files are listed in
 *       {@link InputBatch#skipped()}. A folder without any article file is a problem.
 *   <li>A <b>glob pattern</b> ({@code articles/*.html}, {@code **}{@code /*.txt}; any input holding
 *       {@code * ? [ {} that is not an existing path) is matched with {@link PathMatcher} syntax
 *       against files under the pattern's fixed leading folders, relative to the working folder;
 *       {@code **}{@code /} also matches no folder at all, as in shells. Only files match; hidden
 *       files only when the pattern names a dot-segment; {@code .meta} sidecars only when the
 *       pattern ends in {@code .meta}. Matches are read in sorted order, as files named directly.
 *       A pattern matching nothing is a problem.
 *   <li>{@code -} is standard input, see {@link ArticleReader#read(InputStream, InputFormat)};
 *       it may be named once.
 * </ul>
 *
 * <p>A file reached twice (named twice, or by a folder and a pattern) is read once. A missing
 * path is a problem. Each article's origin is the path as given (with the folder's or pattern's
 * prefix for files found inside), its id the file name without extension; ids that come twice
 * get {@code -2}, {@code -3}, ... in input order, skipping any id another input has.
 *
 * <p>Problems are collected, one per input (or JSON line), so that the good inputs can be used;
 * in strict mode the first problem is thrown instead. Instances are immutable.
 */
public final class InputCollector {
  /** The input naming standard input. */
  public static final String STDIN = "-";
  /** File extensions (lower case) read from folders. */
  public static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "xhtml", "jsonl", "ndjson");

  private final Path workingDir;
  private final InputStream stdin;
  private final InputFormat format;
  private final boolean strict;

  /** Reads relative to {@code workingDir}, standard input from {@code stdin}; formats detected, not strict. */
  public InputCollector(Path workingDir, InputStream stdin) {
    this(workingDir, stdin, InputFormat.AUTO, false);
  }

  private InputCollector(Path workingDir, InputStream stdin, InputFormat format, boolean strict) {
    this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.format = Objects.requireNonNull(format, "format");
    this.strict = strict;
  }

  /** Reads relative to the process's working folder, standard input from {@link System#in}. */
  public static InputCollector ofProcess() {
    return new InputCollector(Path.of("").toAbsolutePath(), System.in);
  }

  /** The same collector reading every input as {@code format} ({@link InputFormat#AUTO} detects). */
  public InputCollector withFormat(InputFormat format) {
    return new InputCollector(workingDir, stdin, format, strict);
  }

  /** The same collector, throwing the first problem as a {@link NewsbriefException} when {@code strict}. */
  public InputCollector strict(boolean strict) {
    return new InputCollector(workingDir, stdin, format, strict);
  }

  /**
   * The articles of {@code inputs}, in input order, and the problems of those that gave none.
   *
   * @throws NewsbriefException when {@code inputs} is empty, or in strict mode on the first problem
   */
  public InputBatch collect(List<String> inputs) {
    if (inputs.isEmpty()) {
      throw new NewsbriefException(null, "no input given (name article files, folders or glob patterns, or - for standard input)");
    }
    Run run = new Run();
    for (String input : inputs) {
      try {
        run.input(input);
      } catch (NewsbriefException e) {
        run.problem(InputProblem.of(e, input));
      }
    }
    return new InputBatch(uniqueIds(run.articles), run.problems, run.skipped, run.files);
  }

  /** One call of {@link #collect}: what has been read so far. */
  private final class Run {
    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final Set<Path> seen = new HashSet<>();
    final Set<Path> files = new HashSet<>();
    boolean stdinRead;

    void problem(InputProblem problem) {
      if (strict) {
        throw problem.toException();
      }
      problems.add(problem);
    }

    void add(InputBatch batch) {
      articles.addAll(batch.articles());
      batch.problems().forEach(this::problem);
    }

    void input(String input) {
      if (input.equals(STDIN)) {
        if (stdinRead) {
          throw new NewsbriefException(STDIN, "standard input named twice (name - once)");
        }
        stdinRead = true;
        add(ArticleReader.read(stdin, format));
        return;
      }
      if (input.isBlank()) {
        throw new NewsbriefException("''", "empty path (name a file or folder)");
      }
      Path path;
      try {
        path = workingDir.resolve(input);
      } catch (InvalidPathException e) {
        path = null;
      }
      if (path != null && Files.isDirectory(path)) {
        folder(input, path);
      } else if (path != null && Files.exists(path)) {
        file(input, path, true);
      } else if (isGlob(input)) {
        glob(input);
      } else {
        throw missing(input, path);
      }
    }

    /** Why {@code input} cannot be found: not there, a path too long, or a name this locale cannot spell. */
    NewsbriefException missing(String input, Path path) {
      if (path == null) {
        return new NewsbriefException(input, "this name cannot be encoded in the file system's character set "
            + System.getProperty("sun.jnu.encoding") + " (run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8)");
      }
      try {
        Files.readAttributes(path, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        // the usual case, below
      } catch (IOException e) {
        return new NewsbriefException(input, TextDecoder.cannotRead(e, "check the path"));
      }
      return new NewsbriefException(input, "no such file or folder (check the path)");
    }

    void file(String where, Path path, boolean named) {
      if (!seen.add(identity(path))) {
        return;
      }
      if (named && InputFormat.extension(where).equals("meta")) {
        throw new NewsbriefException(where, "a metadata sidecar, not an article (name the .txt or .html file beside it)");
      }
      files.add(identity(path));
      Path sidecar = path.resolveSibling(ArticleReader.stem(path.getFileName().toString()) + ".meta");
      if (Files.isRegularFile(sidecar)) {
        files.add(identity(sidecar));
      }
      add(ArticleReader.read(path, where, format));
    }

    void fileInside(String where, Path path) {
      try {
        file(where, path, false);
      } catch (NewsbriefException e) {
        problem(InputProblem.of(e, where));
      }
    }

    void folder(String input, Path dir) {
      List<Path> found = new ArrayList<>();
      if (!walk(dir, input, Integer.MAX_VALUE, false, found)) {
        return;
      }
      found.sort(null);
      int articleFiles = 0;
      int others = 0;
      for (Path relative : found) {
        String where = join(input, relative);
        String ext = InputFormat.extension(relative.getFileName().toString());
        if (ext.equals("meta")) {
          continue;
        }
        if (!ARTICLE_EXTENSIONS.contains(ext)) {
          skipped.add(where);
          others++;
          continue;
        }
        articleFiles++;
        fileInside(where, dir.resolve(relative));
      }
      if (articleFiles == 0) {
        String other = others == 0 ? "" : "; " + others + (others == 1 ? " other file" : " other files") + " passed over";
        throw new NewsbriefException(input, "no articles in this folder (no .txt, .html or .jsonl files in it or its subfolders"
            + other + "; put one article per file here)");
      }
    }

    void glob(String pattern) {
      String[] segments = pattern.split("/", -1);
      int fixed = 0;
      while (fixed < segments.length - 1 && !isGlob(segments[fixed])) {
        fixed++;
      }
      String prefix = String.join("/", List.of(segments).subList(0, fixed));
      String rest = String.join("/", List.of(segments).subList(fixed, segments.length));
      String shownPrefix = fixed == 0 ? "" : prefix + "/";
      Path base = prefix.isEmpty() && pattern.startsWith("/") ? Path.of("/") : workingDir.resolve(prefix.isEmpty() ? "." : prefix);
      PathMatcher matcher;
      try {
        matcher = FileSystems.getDefault().getPathMatcher("glob:" + shellDoubleStar(rest));
      } catch (IllegalArgumentException e) {
        throw new NewsbriefException(pattern,
            "not a valid glob pattern (close every [ and {; write e.g. 'articles/*.html' or '**/*.txt', quoted)");
      }
      boolean hidden = false;
      for (String segment : rest.split("/")) {
        hidden |= segment.startsWith(".");
      }
      boolean sidecars = rest.endsWith(".meta");
      List<Path> found = new ArrayList<>();
      if (Files.isDirectory(base)) {
        int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/").length;
        walk(base, shownPrefix.isEmpty() ? "." : prefix, depth, hidden, found);
      }
      List<Path> matches = new ArrayList<>();
      for (Path relative : found) {
        if (matcher.matches(relative)
            && (sidecars || !InputFormat.extension(relative.getFileName().toString()).equals("meta"))) {
          matches.add(relative);
        }
      }
      if (matches.isEmpty()) {
        throw new NewsbriefException(pattern, "no files match this pattern (check the pattern and the folder it starts from)");
      }
      matches.sort(null);
      for (Path relative : matches) {
        String where = shownPrefix + slashes(relative);
        try {
          file(where, base.resolve(relative), true);
        } catch (NewsbriefException e) {
          problem(InputProblem.of(e, where));
        }
      }
    }

    /**
     * Regular files under {@code root}, relative to it, passing over hidden ones unless
     * {@code hidden}; a folder that cannot be read is one problem, named from {@code shown} (the
     * root as the user typed it).
     *
     * @return false when {@code root} itself cannot be read (its problem is listed)
     */
    boolean walk(Path root, String shown, int depth, boolean hidden, List<Path> into) {
      boolean[] rootRead = {true};
      try {
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String name = dir.getFileName().toString();
            if ((!hidden && name.startsWith(".")) || savedPageAssets(dir, name)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
            if (regular && (hidden || !file.getFileName().toString().startsWith("."))) {
              into.add(root.relativize(file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            boolean isRoot = file.equals(root);
            rootRead[0] &= !isRoot;
            String where = isRoot ? shown : join(shown, root.relativize(file));
            problem(new InputProblem(where, unreadable(e)));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new NewsbriefException(shown, unreadable(e));
      }
      return rootRead[0];
    }
  }

  /** Why a folder cannot be read: permissions, a path too long, or what the system says. */
  private static String unreadable(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot read this folder: permission denied (check its permissions)";
    }
    return TextDecoder.cannotRead(e, "check the folder");
  }

  /** The {@code NAME_files} folder of assets a browser saves beside {@code NAME.html}. */
  private static boolean savedPageAssets(Path dir, String name) {
    if (!name.endsWith("_files")) {
      return false;
    }
    String page = name.substring(0, name.length() - "_files".length());
    return Files.exists(dir.resolveSibling(page + ".html")) || Files.exists(dir.resolveSibling(page + ".htm"));
  }

  private static boolean isGlob(String input) {
    for (char c : input.toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }

  /** {@code **}{@code /} outside braces made optional, so that it also matches no folder, as in shells. */
  static String shellDoubleStar(String glob) {
    StringBuilder out = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '\\' && i + 1 < glob.length()) {
        out.append(c).append(glob.charAt(++i));
        continue;
      }
      if (c == '{') {
        braces++;
      } else if (c == '}') {
        braces = Math.max(0, braces - 1);
      }
      if (braces == 0 && glob.startsWith("**/", i) && (i == 0 || glob.charAt(i - 1) == '/')) {
        out.append("{**/,}");
        i += 2;
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String join(String input, Path relative) {
    String rel = slashes(relative);
    return input.endsWith("/") ? input + rel : input + "/" + rel;
  }

  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  private static Path identity(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** The articles with ids made unique: a repeated id gets -2, -3, ... skipping every id some article has. */
  static List<Article> uniqueIds(List<Article> articles) {
    Set<String> natural = new HashSet<>();
    for (Article a : articles) {
      natural.add(a.id());
    }
    Set<String> used = new HashSet<>();
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      String id = a.id();
      if (!used.add(id)) {
        int n = 2;
        while (natural.contains(id + "-" + n) || used.contains(id + "-" + n)) {
          n++;
        }
        id = id + "-" + n;
        used.add(id);
        a = new Article(id, a.origin(), a.text(), a.metadata());
      }
      out.add(a);
    }
    return out;
  }
}
