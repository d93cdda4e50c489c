package newsbrief.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The original, unchanged Porter (1980) stemmer, through Lucene's {@link PorterStemFilter} (its
 * {@code PorterStemmer} class is not public), to check {@link ScorerPorterStemmer} against. One word
 * at a time; not thread-safe.
 */
final class LucenePorterStemming {
  private final OneWord source = new OneWord();
  private final TokenStream stemmed = new PorterStemFilter(source);
  private final CharTermAttribute term = stemmed.getAttribute(CharTermAttribute.class);

  /** The Porter stem of a lower-case word. */
  String stem(String word) {
    source.set(word);
    try {
      stemmed.reset();
      if (!stemmed.incrementToken()) {
        throw new IllegalStateException("Porter filter produced no token for " + word);
      }
      String stem = term.toString();
      stemmed.end();
      stemmed.close();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory token stream failed", e);
    }
  }

  /** A token stream of exactly one word. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private String word = "";
    private boolean pending;

    void set(String newWord) {
      word = newWord;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      if (!pending) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(word);
      pending = false;
      return true;
    }
  }
}
