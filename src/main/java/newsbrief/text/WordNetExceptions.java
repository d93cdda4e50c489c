package newsbrief.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WordNet 2.0's morphological exception lists (inflected form to base form), as the official scorer
 * uses them for {@code -m}. Its database is built from the four {@code *.exc} files, reading the
 * first base form on each line; when a form appears in several files the file read last wins. The
 * files are read here in the order noun, adv, verb, adj, which is the order behind the published
 * fixtures (so {@code best} gives {@code good} and {@code is} gives {@code be}).
 *
 * <p>The lists ship under {@code wordnet/} beside this class with WordNet's NOTICE; they are loaded
 * once, on first use, into an immutable table.
 */
final class WordNetExceptions {
  /** Files in reading order; a later file overrides an earlier one. */
  static final List<String> FILES = List.of("noun.exc", "adv.exc", "verb.exc", "adj.exc");

  private WordNetExceptions() {}

  /** The base form the exception lists give for {@code inflected}, if they list it. */
  static Optional<String> baseForm(String inflected) {
    return Optional.ofNullable(Table.BASE_FORMS.get(inflected));
  }

  /** How many distinct inflected forms the lists hold. */
  static int size() {
    return Table.BASE_FORMS.size();
  }

  /** Holder: the table is read when first asked for, once, by the class loader's lock. */
  private static final class Table {
    static final Map<String, String> BASE_FORMS = load();

    private static Map<String, String> load() {
      Map<String, String> baseForms = new HashMap<>();
      for (String file : FILES) {
        readInto(file, baseForms);
      }
      return Map.copyOf(baseForms);
    }

    private static void readInto(String file, Map<String, String> baseForms) {
      String resource = "wordnet/" + file;
      try (InputStream stream = WordNetExceptions.class.getResourceAsStream(resource)) {
        if (stream == null) {
          throw new IllegalStateException(
              "missing resource " + resource + " beside " + WordNetExceptions.class.getName());
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.US_ASCII));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String[] fields = line.trim().split("\\s+");
          if (fields.length >= 2) {
            baseForms.put(fields[0], fields[1]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
  }
}
