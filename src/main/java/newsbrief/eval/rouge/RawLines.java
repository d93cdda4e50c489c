package newsbrief.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Sentence lines as the official scorer holds them after reading: UTF-8 bytes (it reads bytes, not
 * characters), A-Z lower-cased and nothing else, empty lines dropped.
 */
final class RawLines {
  private RawLines() {}

  /**
   * The scorer's view of {@code lines}.
   *
   * @throws IllegalArgumentException if a line holds a line feed, which would make it two lines
   */
  static List<byte[]> of(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    List<byte[]> raw = new ArrayList<>(lines.size());
    for (String line : lines) {
      Objects.requireNonNull(line, "a line is null");
      if (line.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("a sentence line holds a line feed: " + line);
      }
      if (!line.isEmpty()) {
        raw.add(lowerCaseAsciiLetters(line.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return raw;
  }

  /** Perl's {@code tr/A-Z/a-z/}: only the 26 ASCII capitals change. */
  private static byte[] lowerCaseAsciiLetters(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] >= 'A' && bytes[i] <= 'Z') {
        bytes[i] = (byte) (bytes[i] + ('a' - 'A'));
      }
    }
    return bytes;
  }

  /**
   * Perl's {@code \s} on a byte string: space, tab, line feed, carriage return, form feed and
   * vertical tab. Bytes above 127 (a UTF-8 no-break space among them) are not white space to it.
   */
  static boolean isPerlSpace(byte value) {
    return value == ' ' || value == '\t' || value == '\n' || value == '\r' || value == '\f' || value == 0x0B;
  }

  /**
   * Perl's {@code split(/\s+/, line)}: the fields between runs of white space, with an empty first
   * field when the line starts with white space and no empty fields at the end (so a line of white
   * space only has no fields).
   */
  static List<byte[]> perlSplit(byte[] line) {
    List<byte[]> fields = new ArrayList<>();
    int position = 0;
    if (line.length > 0 && isPerlSpace(line[0])) {
      fields.add(new byte[0]);
      position = skipSpace(line, 0);
    }
    while (position < line.length) {
      int start = position;
      while (position < line.length && !isPerlSpace(line[position])) {
        position++;
      }
      fields.add(Arrays.copyOfRange(line, start, position));
      position = skipSpace(line, position);
    }
    if (fields.size() == 1 && fields.get(0).length == 0) {
      return List.of();
    }
    return fields;
  }

  private static int skipSpace(byte[] line, int from) {
    int position = from;
    while (position < line.length && isPerlSpace(line[position])) {
      position++;
    }
    return position;
  }
}
