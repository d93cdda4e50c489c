package newsbrief.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingSentenceSplitterTest {
  @Test
  void eachTextIsSplitOnceAndGivesTheSameSentences() {
    AtomicInteger calls = new AtomicInteger();
    SimpleSentenceSplitter simple = new SimpleSentenceSplitter();
    CachingSentenceSplitter caching = new CachingSentenceSplitter(text -> {
      calls.incrementAndGet();
      return simple.split(text);
    });
    String text = "The bridge reopened. Traffic returned to the town.";
    List<TokenizedSentence> first = caching.split(text);
    assertEquals(simple.split(text), first);
    assertSame(first, caching.split(text));
    assertEquals(List.of(), caching.split(""));
    assertEquals(2, calls.get());
  }
}
