package newsbrief.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.NewsbriefException;

/**
 * The one place where input bytes become text; every reader of the project goes through it.
 *
 * <p>Accepted: UTF-8 with or without a byte-order mark, and UTF-16 little- or big-endian with a
 * byte-order mark. The mark is dropped. An HTML page that is not valid UTF-8 is decoded in the
 * encoding its {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} declares within
 * its first 1024 bytes, as browsers find it ({@code windows-1252}, {@code ISO-8859-1}, which
 * browsers read as windows-1252, {@code Shift_JIS}, ...); a page that is valid UTF-8 is read as
 * UTF-8 whatever it declares, since a legacy declaration on valid UTF-8 is a stale one left by a
 * re-encoding. Anything else is refused rather than read as mojibake: a file that is not valid in
 * one of these encodings, UTF-32, UTF-16 without a mark, plain text in a legacy encoding.
 *
 * <p>Before decoding, the bytes are checked for what is plainly not text: the magic numbers of a
 * PDF, PNG, JPEG or GIF image, zip archive (also .docx, .epub) and gzip file, and NUL bytes
 * (outside UTF-16; UTF-16 without a mark, whose NULs fall on every other byte, is named as such).
 * Such input gets its own message, so that a user who passed a PDF is told so instead of being
 * told about encodings.
 *
 * <p>At most {@link #MAX_BYTES} are read from any file, device, pipe or stream, whatever size it
 * claims; what is plainly binary is refused after its first 64 KB.
 *
 * <p>Emptiness is not judged here (an empty sidecar is fine); the article readers refuse an empty
 * article.
 */
public final class TextDecoder {
  /** Largest file read, in bytes: far above any article or JSON Lines batch of a few thousand. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;
  /** Bytes read before the rest: enough to tell binary data, small enough for every input. */
  private static final int FIRST_BLOCK = 64 * 1024;

  static final String NOT_TEXT = "not UTF-8 or UTF-16 text (convert it to UTF-8, e.g. iconv -t UTF-8)";
  private static final String SAVE_AS_TEXT = "save the article as text or HTML";

  private static final int PRESCAN_BYTES = 1024;
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};
  private static final byte[] UTF32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};

  /** A magic number at the start of a file and what it says the file is. */
  private record Magic(byte[] prefix, int offset, String kind) {
    Magic(String ascii, String kind) {
      this(ascii.getBytes(StandardCharsets.ISO_8859_1), 0, kind);
    }
  }

  private static final Magic[] MAGIC = {
    new Magic("%PDF", "a PDF"),
    new Magic(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, "a PNG image"),
    new Magic(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, "a JPEG image"),
    new Magic("GIF87a", "a GIF image"),
    new Magic("GIF89a", "a GIF image"),
    new Magic(new byte[] {'P', 'K', 3, 4}, 0, "a zip archive"),
    new Magic(new byte[] {'P', 'K', 5, 6}, 0, "a zip archive"),
    new Magic(new byte[] {0x1F, (byte) 0x8B}, 0, "a gzip archive"),
  };

  private TextDecoder() {}

  /** Reads and decodes {@code file}; messages name it as {@code file.toString()}. */
  public static String read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads and decodes {@code file}; messages name it {@code where} (the path as the user gave it).
   *
   * @throws NewsbriefException when the file is missing, unreadable, too big, binary or not in an
   *     accepted encoding
   */
  public static String read(Path file, String where) {
    return read(file, where, MAX_BYTES);
  }

  /** {@link #read(Path, String)} with another cap, for tests of the cap. */
  static String read(Path file, String where, long maxBytes) {
    try {
      if (Files.isDirectory(file)) {
        throw new NewsbriefException(where, "is a folder, not a file (name a file, or pass the folder as an input)");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new NewsbriefException(where, tooBig(size, maxBytes));
      }
      // Not readAllBytes: a character device (/dev/zero), a pipe or a file that grows says it holds
      // 0 bytes, or fewer than it gives; the cap holds on what is read.
      try (InputStream in = Files.newInputStream(file)) {
        return decode(readBounded(in, where, maxBytes), where);
      }
    } catch (NoSuchFileException e) {
      throw new NewsbriefException(where, "no such file or folder (check the path)");
    } catch (AccessDeniedException e) {
      throw new NewsbriefException(where, "permission denied (check the file's permissions)");
    } catch (IOException e) {
      throw new NewsbriefException(where, cannotRead(e, "check the file and its permissions"));
    }
  }

  /** Reads {@code in} to its end and decodes it; messages name it {@code where}. Does not close it. */
  public static String read(InputStream in, String where) {
    return read(in, where, MAX_BYTES);
  }

  static String read(InputStream in, String where, long maxBytes) {
    try {
      return decode(readBounded(in, where, maxBytes), where);
    } catch (IOException e) {
      throw new NewsbriefException(where, cannotRead(e, "check what is piped in"));
    }
  }

  /**
   * What went wrong reading, in words: a path longer than the system allows is said to be so, not
   * taken for a permission problem.
   */
  static String cannotRead(IOException e, String fix) {
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    if ("File name too long".equals(reason)) {
      return "path too long to open (a name of more than 255 bytes, or a path of more than 4,096; shorten or move it)";
    }
    return "cannot read: " + reason + " (" + fix + ")";
  }

  /**
   * At most {@code maxBytes} of {@code in}, refused as too big beyond them, and refused as binary
   * as soon as its first block is (so that {@code /dev/zero} or {@code /dev/urandom} is not read
   * up to the cap).
   */
  private static byte[] readBounded(InputStream in, String where, long maxBytes) throws IOException {
    byte[] head = in.readNBytes((int) Math.min(FIRST_BLOCK, maxBytes + 1));
    if (head.length <= maxBytes) {
      refuseBinary(head, where);
    }
    if (head.length < FIRST_BLOCK) {
      if (head.length > maxBytes) {
        throw new NewsbriefException(where, tooBig(head.length, maxBytes));
      }
      return head;
    }
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(FIRST_BLOCK * 2);
    all.write(head);
    long room = maxBytes + 1 - head.length;
    byte[] buffer = new byte[1 << 16];
    while (room > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, room));
      if (n < 0) {
        break;
      }
      all.write(buffer, 0, n);
      room -= n;
    }
    if (all.size() > maxBytes) {
      throw new NewsbriefException(where, tooBig(all.size(), maxBytes));
    }
    return all.toByteArray();
  }

  /**
   * Decodes {@code bytes} as described in the class comment, dropping a byte-order mark.
   *
   * @throws NewsbriefException when the bytes are binary or not in an accepted encoding
   */
  public static String decode(byte[] bytes, String where) {
    refuseBinary(bytes, where);
    String text;
    if (startsWith(bytes, 0, UTF16LE_BOM)) {
      text = strict(StandardCharsets.UTF_16LE, Arrays.copyOfRange(bytes, 2, bytes.length), where);
    } else if (startsWith(bytes, 0, UTF16BE_BOM)) {
      text = strict(StandardCharsets.UTF_16BE, Arrays.copyOfRange(bytes, 2, bytes.length), where);
    } else {
      int skip = startsWith(bytes, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
      Optional<Charset> declared = skip == 0 ? declaredCharset(bytes) : Optional.empty();
      try {
        text = strict(StandardCharsets.UTF_8, Arrays.copyOfRange(bytes, skip, bytes.length), where);
      } catch (NewsbriefException e) {
        if (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8)) {
          throw e;
        }
        text = new String(bytes, declared.get());
      }
    }
    if (text.indexOf('\0') >= 0) {
      throw new NewsbriefException(where, binary());
    }
    return text;
  }

  /**
   * The encoding an HTML page declares in a {@code <meta>} within its first 1024 bytes, when Java
   * has it; {@code ISO-8859-1} and {@code US-ASCII} mean windows-1252, as the HTML standard says.
   */
  static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252").contains(label)) {
      label = "windows-1252";
    }
    try {
      return Charset.isSupported(label) ? Optional.of(Charset.forName(label)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Refuses what {@code bytes}, the whole input or its start, show is not text: a magic number,
   * UTF-32, UTF-16 without a byte-order mark, or NUL bytes outside UTF-16.
   */
  private static void refuseBinary(byte[] bytes, String where) {
    for (Magic magic : MAGIC) {
      if (startsWith(bytes, magic.offset(), magic.prefix())) {
        throw new NewsbriefException(where, "looks like " + magic.kind() + ", not an article (" + SAVE_AS_TEXT + ")");
      }
    }
    if (startsWith(bytes, 0, UTF32LE_BOM) || startsWith(bytes, 0, UTF32BE_BOM)) {
      throw new NewsbriefException(where, NOT_TEXT);
    }
    if (startsWith(bytes, 0, UTF16LE_BOM) || startsWith(bytes, 0, UTF16BE_BOM)) {
      return;
    }
    int firstNul = -1;
    for (int i = 0; i < bytes.length && firstNul < 0; i++) {
      if (bytes[i] == 0) {
        firstNul = i;
      }
    }
    if (firstNul < 0) {
      return;
    }
    String unmarked = utf16WithoutMark(bytes);
    if (unmarked != null) {
      throw new NewsbriefException(where, "looks like " + unmarked + " text without a byte-order mark, which cannot be told "
          + "apart from binary data (convert it to UTF-8, e.g. iconv -f " + unmarked + " -t UTF-8)");
    }
    throw new NewsbriefException(where, binary());
  }

  /**
   * {@code UTF-16LE} or {@code UTF-16BE} when the bytes look like Latin-script text in UTF-16 without a
   * mark: of the first 4,096 byte pairs, at least 90% have a NUL in the high byte and none in the low one
   * (the high byte is second in little-endian); else null.
   */
  private static String utf16WithoutMark(byte[] bytes) {
    int pairs = Math.min(bytes.length / 2, 4096);
    if (pairs < 2) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < pairs; i++) {
      evenNul += bytes[2 * i] == 0 ? 1 : 0;
      oddNul += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    if (evenNul == 0 && oddNul >= 0.9 * pairs) {
      return "UTF-16LE";
    }
    if (oddNul == 0 && evenNul >= 0.9 * pairs) {
      return "UTF-16BE";
    }
    return null;
  }

  private static String binary() {
    return "looks like a binary file (it holds NUL bytes), not an article (" + SAVE_AS_TEXT + ")";
  }

  private static String tooBig(long size, long maxBytes) {
    String read = size > maxBytes + 1 ? size / (1024 * 1024) + " MB" : "more than " + maxBytes / (1024 * 1024) + " MB read";
    return "too big (" + read + "; at most " + maxBytes / (1024 * 1024)
        + " MB per input; split it into several files)";
  }

  private static String strict(Charset charset, byte[] bytes, String where) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new NewsbriefException(where, NOT_TEXT);
    }
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
