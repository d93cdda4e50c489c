package newsbrief.annotate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A splitter that remembers what another splitter made of each text, so that one corpus can be
 * analysed under many settings (an evaluation of several methods, a tuning run) while the costly
 * tokenizer runs once per article. Thread-safe when the wrapped splitter is; memory grows with the
 * distinct texts seen, so use one per evaluation, not per process.
 */
public final class CachingSentenceSplitter implements SentenceSplitter {
  private final SentenceSplitter splitter;
  private final Map<String, List<TokenizedSentence>> splits = new ConcurrentHashMap<>();

  public CachingSentenceSplitter(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public List<TokenizedSentence> split(String text) {
    List<TokenizedSentence> known = splits.get(text);
    if (known != null) {
      return known;
    }
    List<TokenizedSentence> found = List.copyOf(splitter.split(text));
    splits.putIfAbsent(text, found);
    return found;
  }
}
