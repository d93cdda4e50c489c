package newsbrief.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.text.Words;

/**
 * A small rule-based splitter: a sentence ends at {@code . ! ?} (with closing quotes or brackets)
 * followed by white space and an upper-case letter, digit or opening quote, or at a blank line;
 * tokens are {@linkplain Words word tokens} or single punctuation marks. It starts instantly, so tests of later stages use it instead of CoreNLP.
 */
public final class SimpleSentenceSplitter implements SentenceSplitter {
  private static final Pattern BOUNDARY = Pattern.compile(
      "(?<=[.!?][\"'\u201d\u2019)\\]]{0,2})\\s+(?=[\\p{Lu}\\p{N}\"'\u201c\u2018(])|\\n\\s*\\n");

  @Override
  public List<TokenizedSentence> split(String text) {
    List<TokenizedSentence> sentences = new ArrayList<>();
    Matcher boundary = BOUNDARY.matcher(text);
    int start = 0;
    while (boundary.find()) {
      add(text, start, boundary.start(), sentences);
      start = boundary.end();
    }
    add(text, start, text.length(), sentences);
    return sentences;
  }

  private static void add(String text, int begin, int end, List<TokenizedSentence> out) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (begin == end) {
      return;
    }
    List<String> tokens = new ArrayList<>();
    int[] gap = {begin};
    Words.forEach(text, begin, end, (wordBegin, wordEnd) -> {
      addMarks(text, gap[0], wordBegin, tokens);
      tokens.add(text.substring(wordBegin, wordEnd));
      gap[0] = wordEnd;
    });
    addMarks(text, gap[0], end, tokens);
    out.add(new TokenizedSentence(begin, end, tokens));
  }

  /** Each character of {@code text} in {@code [begin, end)} that is not a space, as a token. */
  private static void addMarks(String text, int begin, int end, List<String> tokens) {
    for (int i = begin; i < end; ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        tokens.add(new String(Character.toChars(cp)));
      }
      i += Character.charCount(cp);
    }
  }
}
