package newsbrief.eval.rouge;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the official scorer cuts a text under a {@link LengthLimit}. It reads every text twice,
 * and the two readings differ under a byte limit:
 *
 * <ul>
 *   <li>{@link #forNGrams}: the reading behind ROUGE-N, ROUGE-S/SU and the unigram counts that clip
 *       ROUGE-L ({@code readText} in ROUGE-1.5.5.pl): the limit as {@link LengthLimit} states it.
 *   <li>{@link #forLcs}: the sentence-by-sentence reading behind ROUGE-L's LCS ({@code
 *       readText_LCS}). Under a word limit it cuts at the same place. Under a byte limit the scorer
 *       never adds up the bytes already taken, so every line shorter than the limit is kept whole
 *       and only the first line at least as long as the limit is cut (at the limit) and ends the
 *       text. This is reproduced, not corrected, because the published ROUGE-L scores carry it.
 * </ul>
 */
final class LengthCut {
  private LengthCut() {}

  /** The lines, or parts of lines, that the n-gram reading keeps. */
  static List<byte[]> forNGrams(List<byte[]> lines, LengthLimit limit) {
    if (limit instanceof LengthLimit.Words words) {
      return firstWords(lines, words.count());
    }
    if (limit instanceof LengthLimit.Bytes bytes) {
      return firstBytes(lines, bytes.count());
    }
    return List.copyOf(lines);
  }

  /** The sentences, or part of the last one, that the LCS reading keeps. */
  static List<byte[]> forLcs(List<byte[]> lines, LengthLimit limit) {
    if (limit instanceof LengthLimit.Words words) {
      return firstWords(lines, words.count());
    }
    if (limit instanceof LengthLimit.Bytes bytes) {
      return linesShorterThan(lines, bytes.count());
    }
    return List.copyOf(lines);
  }

  private static List<byte[]> firstWords(List<byte[]> lines, int limit) {
    List<byte[]> kept = new ArrayList<>();
    int taken = 0;
    for (byte[] line : lines) {
      List<byte[]> fields = RawLines.perlSplit(line);
      if (taken + fields.size() < limit) {
        kept.add(line);
        taken += fields.size();
      } else {
        kept.add(joinFirst(fields, limit - taken));
        break;
      }
    }
    return kept;
  }

  private static List<byte[]> firstBytes(List<byte[]> lines, int limit) {
    List<byte[]> kept = new ArrayList<>();
    int taken = 0;
    for (byte[] line : lines) {
      if (taken + line.length < limit) {
        kept.add(line);
        taken += line.length;
      } else {
        kept.add(prefix(line, limit - taken));
        break;
      }
    }
    return kept;
  }

  private static List<byte[]> linesShorterThan(List<byte[]> lines, int limit) {
    List<byte[]> kept = new ArrayList<>();
    for (byte[] line : lines) {
      if (line.length < limit) {
        kept.add(line);
      } else {
        kept.add(prefix(line, limit));
        break;
      }
    }
    return kept;
  }

  /** The first {@code count} fields joined by single spaces (fewer when the line has fewer). */
  private static byte[] joinFirst(List<byte[]> fields, int count) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (int i = 0; i < Math.min(count, fields.size()); i++) {
      if (i > 0) {
        joined.write(' ');
      }
      joined.writeBytes(fields.get(i));
    }
    return joined.toByteArray();
  }

  private static byte[] prefix(byte[] line, int length) {
    return Arrays.copyOf(line, Math.min(length, line.length));
  }
}
