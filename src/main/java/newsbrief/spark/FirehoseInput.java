package newsbrief.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsbrief.Article;
import newsbrief.NewsbriefException;
import newsbrief.read.InputProblem;
import newsbrief.read.JsonLinesReader;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The articles of a file or folder of JSON Lines or Parquet, as lines of JSON numbered in input
 * order. A JSON Lines file is read as {@code summarize} reads it ({@link JsonLinesReader#article}:
 * the same fields, ids and messages); a Parquet row is the same object, its columns the fields
 * ({@code title}, {@code source}, {@code date}, {@code url}, {@code text}, ...). An article's origin
 * is {@code WHERE:LINE} (the row, for Parquet), WHERE the path as typed, or below it for a folder.
 *
 * <p>Spark reads big files in blocks, in parallel; line numbers and a dense index in input order
 * (files by path, then lines) come from two passes: the first counts the lines and articles of
 * every block, the driver adds them up, the second numbers each block from its offsets.
 */
final class FirehoseInput {
  /** How the input is written. */
  enum Format {
    AUTO, JSONL, PARQUET;

    static Format named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  private static final byte BLANK = 0;
  private static final byte ARTICLE = 1;
  private static final byte PROBLEM = 2;

  private FirehoseInput() {}

  /**
   * One article's line.
   *
   * @param index its place among all articles of the input, from 0, in input order
   * @param origin {@code WHERE:LINE}
   * @param defaultId its id when the object has no {@code id}: {@code STEM-LINE}
   * @param json the JSON object
   */
  record Line(int index, String origin, String defaultId, String json) implements Serializable {
    private static final long serialVersionUID = 1L;

    Article article() {
      return JsonLinesReader.article(json, origin, defaultId);
    }
  }

  /** A line that is not a usable article, as {@link InputProblem} (which is not serializable). */
  record Problem(String where, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    String line() {
      return where + ": " + message;
    }
  }

  /**
   * What the input gave.
   *
   * @param articles every article's line, persisted
   * @param articleCount how many
   * @param lines lines (or rows) read, blank ones included
   * @param problemCount lines that are not usable articles
   * @param problems the first of them, in input order
   * @param files files read
   */
  record Result(JavaRDD<Line> articles, int articleCount, long lines, long problemCount, List<Problem> problems,
      int files) {}

  /** A line as read: its file, the block of the file it was read in, and its place in the block. */
  private record Raw(String file, long block, int position, byte kind, String value) implements Serializable {
    private static final long serialVersionUID = 1L;

    String blockKey() {
      return file + "\n" + block;
    }
  }

  /**
   * Reads {@code typed} (a file, or a folder read recursively).
   *
   * @param listed at most this many problems are kept
   * @throws NewsbriefException when it does not exist, holds no file of the format, or no article
   */
  static Result read(SparkSession spark, String typed, Format format, int listed) {
    Path path = new Path(typed);
    List<String> files;
    Format chosen;
    boolean folder;
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(path)) {
        throw new NewsbriefException(typed, "no such file or folder (check the path)");
      }
      FileStatus status = fs.getFileStatus(path);
      folder = status.isDirectory();
      List<String> all = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) {
        all.add(it.next().getPath().getName());
      }
      chosen = format != Format.AUTO ? format
          : all.stream().anyMatch(n -> n.endsWith(".parquet")) ? Format.PARQUET : Format.JSONL;
      files = folder ? all.stream().filter(n -> chosen == Format.PARQUET ? n.endsWith(".parquet") : isJsonLines(n)).toList() : all;
    } catch (IOException e) {
      throw new NewsbriefException(typed, "cannot read: " + e.getMessage() + " (check the path and its permissions)", e);
    }
    if (files.isEmpty()) {
      throw new NewsbriefException(typed, "no articles in this folder (no " + (chosen == Format.PARQUET ? ".parquet"
          : ".jsonl or .ndjson") + " files in it or its subfolders; put the day's articles here)");
    }
    Dataset<Row> rows = chosen == Format.PARQUET ? parquet(spark, typed) : jsonLines(spark, typed, folder);
    String base = qualified(spark, path);
    JavaRDD<Raw> raw = rows.javaRDD().mapPartitions(FirehoseInput::classify).persist(StorageLevel.MEMORY_AND_DISK_SER());
    // Pass 1: lines, articles and problems of each block.
    List<Tuple2<String, long[]>> counts = new ArrayList<>(raw
        .mapToPair(r -> new Tuple2<>(r.blockKey(), new long[] {1, r.kind() == ARTICLE ? 1 : 0, r.kind() == PROBLEM ? 1 : 0}))
        .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]})
        .collect());
    counts.sort(Comparator.comparing((Tuple2<String, long[]> t) -> file(t._1())).thenComparingLong(t -> block(t._1())));
    Map<String, long[]> offsets = new HashMap<>();
    String currentFile = null;
    long line = 0;
    long index = 0;
    long lines = 0;
    long problems = 0;
    for (Tuple2<String, long[]> block : counts) {
      if (!file(block._1()).equals(currentFile)) {
        currentFile = file(block._1());
        line = 0;
      }
      offsets.put(block._1(), new long[] {line, index});
      line += block._2()[0];
      index += block._2()[1];
      lines += block._2()[0];
      problems += block._2()[2];
    }
    if (index > Integer.MAX_VALUE - 1) {
      throw new NewsbriefException(typed, "more than " + (Integer.MAX_VALUE - 1) + " articles (split the input into days)");
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Map<String, long[]>> shared = context.broadcast(offsets);
    String typedBase = typed.endsWith("/") && typed.length() > 1 ? typed.substring(0, typed.length() - 1) : typed;
    // Pass 2: number the lines.
    JavaRDD<Object> numbered = raw.mapPartitions(part -> number(part, shared.value(), base, typedBase));
    JavaRDD<Line> articles = numbered.filter(o -> o instanceof Line).map(o -> (Line) o)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<Problem> listedProblems = problems == 0 ? List.of() : new ArrayList<>(numbered.filter(o -> o instanceof Problem)
        .map(o -> (Problem) o).take(listed));
    long articleCount = articles.count();
    raw.unpersist(false);
    return new Result(articles, (int) articleCount, lines, problems, listedProblems, files.size());
  }

  static boolean isJsonLines(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  private static Dataset<Row> jsonLines(SparkSession spark, String typed, boolean folder) {
    var reader = spark.read().option("recursiveFileLookup", "true");
    if (folder) {
      reader = reader.option("pathGlobFilter", "*.{jsonl,ndjson,JSONL,NDJSON}");
    }
    return reader.text(typed).select(functions.col("value"), functions.col("_metadata.file_path").as("file"),
        functions.col("_metadata.file_block_start").as("block"));
  }

  /** Each row as the JSON object of its columns (nulls left out), so that the same rules read it. */
  private static Dataset<Row> parquet(SparkSession spark, String typed) {
    Dataset<Row> table = spark.read().option("recursiveFileLookup", "true").parquet(typed);
    Column[] columns = Arrays.stream(table.columns()).map(c -> table.col("`" + c + "`")).toArray(Column[]::new);
    return table.select(functions.to_json(functions.struct(columns)).as("value"),
        functions.col("_metadata.file_path").as("file"), functions.col("_metadata.file_block_start").as("block"));
  }

  private static String qualified(SparkSession spark, Path path) {
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path).toUri().getPath();
    } catch (IOException e) {
      throw new NewsbriefException(path.toString(), "cannot read: " + e.getMessage() + " (check the path)", e);
    }
  }

  /** Each line's block, place in it and kind; the rows of one block come in order, blocks one after another. */
  private static Iterator<Raw> classify(Iterator<Row> rows) {
    List<Raw> out = new ArrayList<>();
    String lastKey = null;
    int position = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      String file = row.getString(1);
      long block = row.getLong(2);
      String key = file + "\n" + block;
      if (!key.equals(lastKey)) {
        lastKey = key;
        position = 0;
      }
      String value = row.isNullAt(0) ? "" : row.getString(0);
      if (block == 0 && position == 0 && value.startsWith("\uFEFF")) {
        value = value.substring(1);
      }
      byte kind;
      if (value.isBlank()) {
        kind = BLANK;
      } else {
        try {
          JsonLinesReader.article(value, "line", "line");
          kind = ARTICLE;
        } catch (NewsbriefException e) {
          kind = PROBLEM;
        }
      }
      out.add(new Raw(file, block, position++, kind, kind == BLANK ? "" : value));
    }
    return out.iterator();
  }

  private static Iterator<Object> number(Iterator<Raw> raws, Map<String, long[]> offsets, String base, String typed) {
    List<Object> out = new ArrayList<>();
    String lastKey = null;
    long[] offset = null;
    int articles = 0;
    String where = null;
    String stem = null;
    while (raws.hasNext()) {
      Raw raw = raws.next();
      String key = raw.blockKey();
      if (!key.equals(lastKey)) {
        lastKey = key;
        offset = offsets.get(key);
        articles = 0;
        where = display(raw.file(), base, typed);
        stem = stem(where);
      }
      long line = offset[0] + raw.position() + 1;
      String at = where + ":" + line;
      if (raw.kind() == ARTICLE) {
        out.add(new Line((int) (offset[1] + articles++), at, stem + "-" + line, raw.value()));
      } else if (raw.kind() == PROBLEM) {
        try {
          JsonLinesReader.article(raw.value(), at, stem + "-" + line);
        } catch (NewsbriefException e) {
          InputProblem problem = InputProblem.of(e, at);
          out.add(new Problem(problem.where(), problem.message()));
        }
      }
    }
    return out.iterator();
  }

  /** The file as the user would name it: the path as typed, or below it for a file of a folder. */
  static String display(String fileUri, String base, String typed) {
    String path = URI.create(fileUri).getPath();
    if (path.equals(base)) {
      return typed;
    }
    if (path.startsWith(base + "/")) {
      return typed + path.substring(base.length());
    }
    return path;
  }

  private static String stem(String where) {
    String name = where.substring(where.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String file(String blockKey) {
    return blockKey.substring(0, blockKey.lastIndexOf('\n'));
  }

  private static long block(String blockKey) {
    return Long.parseLong(blockKey.substring(blockKey.lastIndexOf('\n') + 1));
  }
}
