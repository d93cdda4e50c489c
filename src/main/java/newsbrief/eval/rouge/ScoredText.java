package newsbrief.eval.rouge;

import java.util.ArrayList;
import java.util.List;

/**
 * One summary or reference as the scorer sees it, read both ways it reads texts (see {@link
 * LengthCut}).
 *
 * @param tokens the tokens of the n-gram reading, sentences run together (n-grams cross sentence
 *     boundaries in the official scorer)
 * @param sentences the tokens of the LCS reading, sentence by sentence
 */
record ScoredText(List<String> tokens, List<List<String>> sentences) {
  ScoredText {
    tokens = List.copyOf(tokens);
    sentences = sentences.stream().map(List::copyOf).toList();
  }

  /** Reads {@code lines} under {@code limit}, stemming tokens with {@code stemmer}. */
  static ScoredText read(List<String> lines, LengthLimit limit, TokenStemmer stemmer) {
    List<byte[]> raw = RawLines.of(lines);
    List<String> tokens = new ArrayList<>();
    for (byte[] piece : LengthCut.forNGrams(raw, limit)) {
      ScorerTokens.appendTokens(piece, stemmer, tokens);
    }
    List<List<String>> sentences = new ArrayList<>();
    for (byte[] sentence : LengthCut.forLcs(raw, limit)) {
      sentences.add(ScorerTokens.tokens(sentence, stemmer));
    }
    return new ScoredText(tokens, sentences);
  }

  /** How many tokens the LCS reading holds. */
  int sentenceTokenCount() {
    return sentences.stream().mapToInt(List::size).sum();
  }
}
