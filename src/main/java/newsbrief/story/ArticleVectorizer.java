package newsbrief.story;

import java.util.ArrayList;
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
import newsbrief.vectorize.TfIdfVectorizer;
import newsbrief.vectorize.TfIdfVectorizer.TermFrequency;
import newsbrief.vectorize.Vocabulary;

/**
 * TF-IDF vectors of whole articles, for telling stories apart. An article is the prose that
 * {@link PageCleaner} keeps, cut into word tokens ({@link Words}; grouping needs no sentence
 * boundaries, so the costly splitter is left to the briefs) and turned into terms by the
 * index-term chain ({@link Analyzer#indexTerms}). Weights are {@link TfIdfVectorizer}'s with each article a
 * document and sublinear tf, so a word an article repeats does not drown the rarer words it shares
 * with other reports of its story. An article with no prose gets the zero vector. Thread-safe.
 */
public final class ArticleVectorizer {
  private static final int ARTICLES_PER_TASK = 256;

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
        .flatMap(chunk -> TfIdfVectorizer.vectorize(chunk, vocabulary, TermFrequency.SUBLINEAR).stream())
        .toList();
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
