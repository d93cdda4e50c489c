package newsbrief.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsbrief.eval.rouge.RougeScorer;
import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;
import newsbrief.text.Words;

/**
 * How many of the references' facts a summary states, per 100 of its words. A fact is a sentence
 * of a reference summary (DUC references break sentences into one clause a line: lines are joined
 * until one ends as a sentence does); it is covered when one sentence of the summary holds at least
 * half of its distinct content words (the scorer's lower-case words, stop words left out, stemmed
 * as the scorer stems). Facts are counted per reference and averaged over references; the summary
 * is read as the scorer reads it, cut at its length limit.
 *
 * @param covered covered reference sentences, averaged over the references
 * @param facts reference sentences with a content word, averaged over the references
 * @param words words of the summary as cut
 */
public record FactRecall(double covered, double facts, int words) {
  /** A reference sentence is covered by a summary sentence holding at least this share of its content words. */
  public static final double COVERED_SHARE = 0.5;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:''|\"|'|\u201d|\\))*$");

  public FactRecall {
    if (covered < 0 || facts < 0 || covered > facts || words < 0) {
      throw new IllegalArgumentException("bad fact counts " + covered + "/" + facts + " in " + words + " words");
    }
  }

  /** Covered facts per 100 words of summary; 0 for an empty summary. */
  public double per100Words() {
    return words == 0 ? 0 : 100 * covered / words;
  }

  /**
   * The facts of {@code references} that {@code summary} covers, the summary cut by {@code scorer}'s
   * length limit.
   *
   * @param summary sentence lines, as scored
   * @param references each a list of lines, at least one
   */
  public static FactRecall of(List<String> summary, List<List<String>> references, RougeScorer scorer,
      StopWords stopWords) {
    if (references.isEmpty()) {
      throw new IllegalArgumentException("at least one reference is needed");
    }
    List<String> cut = scorer.cut(summary);
    List<Set<String>> summarySentences = cut.stream().map(line -> contentWords(line, stopWords)).toList();
    int words = cut.stream().mapToInt(Words::count).sum();
    double covered = 0;
    double facts = 0;
    for (List<String> reference : references) {
      for (Set<String> fact : referenceSentences(reference, stopWords)) {
        facts++;
        if (summarySentences.stream().anyMatch(sentence -> holds(sentence, fact))) {
          covered++;
        }
      }
    }
    return new FactRecall(covered / references.size(), facts / references.size(), words);
  }

  private static boolean holds(Set<String> sentence, Set<String> fact) {
    long shared = fact.stream().filter(sentence::contains).count();
    return shared >= COVERED_SHARE * fact.size();
  }

  /** The content words of each sentence of a reference, lines joined until one ends as a sentence does. */
  public static List<Set<String>> referenceSentences(List<String> lines, StopWords stopWords) {
    List<Set<String>> sentences = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      current.append(line).append(' ');
      if (SENTENCE_END.matcher(line.strip()).find()) {
        addIfContent(sentences, contentWords(current.toString(), stopWords));
        current.setLength(0);
      }
    }
    addIfContent(sentences, contentWords(current.toString(), stopWords));
    return sentences;
  }

  private static void addIfContent(List<Set<String>> sentences, Set<String> words) {
    if (!words.isEmpty()) {
      sentences.add(words);
    }
  }

  /** The distinct content words of {@code text}: its ROUGE tokens without stop words, stemmed as ROUGE stems. */
  public static Set<String> contentWords(String text, StopWords stopWords) {
    Set<String> words = new HashSet<>();
    for (String word : Words.rougeTokens(text.toLowerCase(Locale.ROOT))) {
      if (!stopWords.contains(word)) {
        words.add(Stemmer.ROUGE.stem(word));
      }
    }
    return words;
  }
}
