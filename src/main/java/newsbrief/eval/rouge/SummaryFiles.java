package newsbrief.eval.rouge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsbrief.NewsbriefException;

/**
 * The official scorer's per-summary file format (SPL): UTF-8 text, one sentence per line, each
 * line ended by a line feed.
 */
public final class SummaryFiles {
  private SummaryFiles() {}

  /**
   * The sentence lines of a summary file, as the scorer reads them: split at line feeds, with only
   * the line feed removed (a carriage return or other white space stays, as the scorer keeps it)
   * and empty lines left out. The text must be UTF-8; a byte-order mark is kept, since the scorer
   * counts its bytes too.
   */
  public static List<String> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NewsbriefException(file.toString(), "no such summary file (check the path)");
    } catch (IOException e) {
      throw new NewsbriefException(file.toString(), "cannot read: " + e.getMessage() + " (check permissions)");
    }
    try {
      return parse(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      throw new NewsbriefException(file.toString(), "not UTF-8 text (convert it, e.g. iconv -t UTF-8)");
    }
  }

  /** The sentence lines of a summary held in {@code text}, by the rules of {@link #read}. */
  public static List<String> parse(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  /**
   * Writes {@code sentences} to {@code file}, one per line, in UTF-8.
   *
   * @throws IllegalArgumentException if a sentence is empty or holds a line break, since it would
   *     not read back as the same sentence
   */
  public static void write(Path file, List<String> sentences) {
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences) {
      Objects.requireNonNull(sentence, "a sentence is null");
      if (sentence.isEmpty() || sentence.indexOf('\n') >= 0 || sentence.indexOf('\r') >= 0) {
        throw new IllegalArgumentException(
            "a summary sentence must be one non-empty line: [" + sentence + "]");
      }
      text.append(sentence).append('\n');
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NewsbriefException(file.toString(),
          "cannot write: " + e.getMessage() + " (check the folder exists and is writable)");
    }
  }
}
