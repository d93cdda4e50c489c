package newsbrief.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small rule-based splitter: a sentence ends at {@code . ! ?} (with closing quotes or brackets)
 * followed by white space and an upper-case letter, digit or opening quote, or at a blank line;
 * tokens are runs of letters and digits (with inner apostrophes, hyphens, periods) or single
 * punctuation marks. It starts instantly, so tests of later stages use it instead of CoreNLP.
 */
public final class SimpleSentenceSplitter implements SentenceSplitter {
  private static final Pattern BOUNDARY = Pattern.compile(
      "(?<=[.!?][\"'\u201d\u2019)\\]]{0,2})\\s+(?=[\\p{Lu}\\p{N}\"'\u201c\u2018(])|\\n\\s*\\n");
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:['\u2019.\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

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
    Matcher token = TOKEN.matcher(text).region(begin, end);
    while (token.find()) {
      tokens.add(token.group());
    }
    out.add(new TokenizedSentence(begin, end, tokens));
  }
}
