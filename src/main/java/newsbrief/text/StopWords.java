package newsbrief.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English function words, for term weighting (they carry no topic) and for telling prose from page
 * furniture (prose is dense in them; headings, captions and other languages are not). Matching is
 * case-insensitive and treats the typographic apostrophe as {@code '}.
 */
public final class StopWords {
  private static final String RESOURCE = "/newsbrief/text/stopwords-en.txt";
  private final Set<String> words;

  private StopWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The bundled English list. */
  public static StopWords english() {
    try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return new StopWords(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean contains(String token) {
    return words.contains(token.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }
}
