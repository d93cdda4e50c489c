package newsbrief.annotate;

import java.util.List;

/**
 * Splits a block of text into tokenized sentences. Implementations must be safe to call from
 * several threads at once and deterministic; a blank text gives no sentences.
 */
public interface SentenceSplitter {
  List<TokenizedSentence> split(String text);
}
