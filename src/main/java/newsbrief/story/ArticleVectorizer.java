package newsbrief.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import newsbrief.Article;
import newsbrief.clean.CleanedArticle;
import newsbrief.clean.PageCleaner;
import newsbrief.clean.TextBlock;
import newsbrief.text.Analyzer;
import newsbrief.text.Stemmer;
import newsbrief.text.StopWords;
import newsbrief.text.Words;
import newsbrief.vectorize.TermVector;
import newsbrief.vectorize.Vocabulary;

/**
 * TF-IDF vectors of whole articles, for telling stories apart. An article is the prose that
 * {@link PageCleaner} keeps, cut into word tokens ({@link Words}; grouping needs no sentence
 * boundaries, so the costly splitter is left to the briefs) and turned into terms by the
 * index-term chain ({@link Analyzer#indexTerms}). A term weighs
 * {@code (1 + ln tf) * ln((N + U + 1) / (df + 1))} over the N articles given: sublinear tf
 * (Manning, Raghavan and Schütze 2008, section 6.4.1), so a word an article repeats does not drown
 * the rarer words it shares with other reports of its story; and an idf that counts, besides the
 * folder, {@value #UNSEEN_ARTICLES} articles that use none of its words, instead of the {@code + 1}
 * that {@link Vocabulary#idf} adds for sentences. That {@code + 1} made a word every article uses
 * weigh a third of one only its story uses, and in a folder of a few dozen articles on one beat (a
 * year of politics) the beat's words ("senate", "republican", "obama") joined unrelated events.
 * The unseen articles keep a folder of two reports of one event from weighing their shared words
 * at 0, and count for little in a large folder. An article with no prose gets the zero vector.
 * Thread-safe.
 */
public final class ArticleVectorizer {
  private static final int ARTICLES_PER_TASK = 256;
  /**
   * Articles assumed besides the folder, none using its words, in the idf. A smoothing constant,
   * not a tuned value: 2 to 10 give the same stories on the development sets; 0 splits a folder of
   * two reports of one event.
   */
  static final int UNSEEN_ARTICLES = 5;

  private final PageCleaner cleaner;
  private final Analyzer analyzer;

  public ArticleVectorizer(StopWords stopWords) {
    this.cleaner = new PageCleaner(stopWords);
    this.analyzer = Analyzer.indexTerms(stopWords, Stemmer.PORTER);
  }

  /**
   * One vector per article, in input order; no articles give no vectors. Articles are cleaned and
   * weighted in parallel; the result does not depend on the thread count.
   */
  public List<TermVector> vectorize(List<Article> articles) {
    List<List<String>> terms = cleaner.clean(articles).parallelStream().map(this::terms).toList();
    Vocabulary vocabulary = Vocabulary.of(terms.parallelStream().map(t -> List.copyOf(new LinkedHashSet<>(t))).toList());
    int chunks = (terms.size() + ARTICLES_PER_TASK - 1) / ARTICLES_PER_TASK;
    return IntStream.range(0, chunks).parallel()
        .mapToObj(c -> terms.subList(c * ARTICLES_PER_TASK, Math.min(terms.size(), (c + 1) * ARTICLES_PER_TASK)))
        .flatMap(chunk -> chunk.stream().map(t -> vector(t, vocabulary)))
        .toList();
  }

  /** The weights of one article's terms, term ids ascending. */
  private static TermVector vector(List<String> terms, Vocabulary vocabulary) {
    int[] ids = terms.stream().mapToInt(vocabulary::id).sorted().toArray();
    int[] distinct = new int[ids.length];
    double[] weights = new double[ids.length];
    int kept = 0;
    for (int i = 0; i < ids.length; ) {
      int j = i;
      while (j < ids.length && ids[j] == ids[i]) {
        j++;
      }
      double idf = Math.log((vocabulary.documents() + UNSEEN_ARTICLES + 1.0) / (vocabulary.documentFrequency(ids[i]) + 1.0));
      distinct[kept] = ids[i];
      weights[kept++] = (1 + Math.log(j - i)) * idf;
      i = j;
    }
    return kept == 0 ? TermVector.EMPTY : new TermVector(Arrays.copyOf(distinct, kept), Arrays.copyOf(weights, kept));
  }

  /** The terms of an article's prose: its word tokens through the index-term chain. */
  private List<String> terms(CleanedArticle cleaned) {
    String text = cleaned.article().text();
    List<String> terms = new ArrayList<>();
    for (TextBlock block : cleaned.prose()) {
      Words.forEach(text, block.begin(), block.end(), (b, e) -> {
        String term = analyzer.term(text.substring(b, e));
        if (term != null) {
          terms.add(term);
        }
      });
    }
    return terms;
  }
}
