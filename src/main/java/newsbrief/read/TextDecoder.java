package newsbrief.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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
 * (outside UTF-16). Such input gets its own message, so that a user who passed a PDF is told so
 * instead of being told about encodings.
 *
 * <p>Emptiness is not judged here (an empty sidecar is fine); the article readers refuse an empty
 * article.
 */
public final class TextDecoder {
  /** Largest file read, in bytes: far above any article or JSON Lines batch of a few thousand. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

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
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new NewsbriefException(where, "is a folder, not a file (name a file, or pass the folder as an input)");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new NewsbriefException(where, tooBig(size));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NewsbriefException(where, "no such file or folder (check the path)");
    } catch (AccessDeniedException e) {
      throw new NewsbriefException(where, "permission denied (check the file's permissions)");
    } catch (IOException e) {
      throw new NewsbriefException(where, "cannot read: " + e.getMessage() + " (check the file and its permissions)");
    }
    return decode(bytes, where);
  }

  /** Reads {@code in} to its end and decodes it; messages name it {@code where}. Does not close it. */
  public static String read(InputStream in, String where) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new NewsbriefException(where, "cannot read: " + e.getMessage() + " (check what is piped in)");
    }
    if (bytes.length > MAX_BYTES) {
      throw new NewsbriefException(where, tooBig(bytes.length));
    }
    return decode(bytes, where);
  }

  /**
   * Decodes {@code bytes} as described in the class comment, dropping a byte-order mark.
   *
   * @throws NewsbriefException when the bytes are binary or not in an accepted encoding
   */
  public static String decode(byte[] bytes, String where) {
    for (Magic magic : MAGIC) {
      if (startsWith(bytes, magic.offset(), magic.prefix())) {
        throw new NewsbriefException(where, "looks like " + magic.kind() + ", not an article (" + SAVE_AS_TEXT + ")");
      }
    }
    if (startsWith(bytes, 0, UTF32LE_BOM) || startsWith(bytes, 0, UTF32BE_BOM)) {
      throw new NewsbriefException(where, NOT_TEXT);
    }
    String text;
    if (startsWith(bytes, 0, UTF16LE_BOM)) {
      text = strict(StandardCharsets.UTF_16LE, Arrays.copyOfRange(bytes, 2, bytes.length), where);
    } else if (startsWith(bytes, 0, UTF16BE_BOM)) {
      text = strict(StandardCharsets.UTF_16BE, Arrays.copyOfRange(bytes, 2, bytes.length), where);
    } else {
      for (byte b : bytes) {
        if (b == 0) {
          throw new NewsbriefException(where, binary());
        }
      }
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

  private static String binary() {
    return "looks like a binary file (it holds NUL bytes), not an article (" + SAVE_AS_TEXT + ")";
  }

  private static String tooBig(long size) {
    return "too big (" + size / (1024 * 1024) + " MB; at most " + MAX_BYTES / (1024 * 1024)
        + " MB per file; split it into several files)";
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
