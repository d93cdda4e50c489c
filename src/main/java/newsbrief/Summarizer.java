package newsbrief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import newsbrief.StageTimings.Stage;
import newsbrief.annotate.SentenceExtractor;
import newsbrief.annotate.SentenceSplitter;
import newsbrief.clean.CleanedArticle;
import newsbrief.clean.PageCleaner;
import newsbrief.graph.ArticleGroups;
import newsbrief.graph.SimilarityGraph;
import newsbrief.order.ReadingOrder;
import newsbrief.rank.SentenceRanker;
import newsbrief.select.Budget;
import newsbrief.select.Facts;
import newsbrief.select.SentenceSelector;
import newsbrief.text.Analyzer;
import newsbrief.text.StopWords;
import newsbrief.vectorize.TermBigrams;
import newsbrief.vectorize.TermVector;
import newsbrief.vectorize.TfIdfVectorizer;
import newsbrief.vectorize.Vocabulary;

/**
 * The summarization pipeline, composed in one place: clean the pages, split and tokenize, weigh
 * terms (TF-IDF over Porter stems), build one cosine graph over the sentences of all articles,
 * rank them (LexRank), choose under the budget without redundancy, put them in reading order.
 * Thread-safe once built; the same input always gives the same brief.
 */
public final class Summarizer {
  private final SentenceSplitter splitter;
  private final SummaryOptions options;
  private final StopWords stopWords;
  private final PageCleaner cleaner;
  private final Analyzer analyzer;

  /** A summarizer with the default settings. */
  public Summarizer(SentenceSplitter splitter) {
    this(splitter, SummaryOptions.defaults());
  }

  /** @param splitter the (costly, shared) sentence splitter, e.g. CoreNLP's */
  public Summarizer(SentenceSplitter splitter, SummaryOptions options) {
    this(splitter, options, StopWords.english(), null);
  }

  private Summarizer(SentenceSplitter splitter, SummaryOptions options, StopWords stopWords, Analyzer analyzer) {
    this.splitter = splitter;
    this.options = options;
    this.stopWords = stopWords;
    this.cleaner = new PageCleaner(stopWords);
    this.analyzer = analyzer != null ? analyzer : Analyzer.indexTerms(stopWords, options.terms().stemming().stemmer());
  }

  public SummaryOptions options() {
    return options;
  }

  /**
   * The same pipeline with other settings, sharing the splitter, the stop words and, when terms are
   * made the same way, the analyzer and what it has learnt of each token.
   */
  public Summarizer withOptions(SummaryOptions newOptions) {
    boolean sameTerms = newOptions.terms().stemming() == options.terms().stemming();
    return new Summarizer(splitter, newOptions, stopWords, sameTerms ? analyzer : null);
  }

  /**
   * A brief of the articles. Input with no quotable sentence (nothing but page furniture, say)
   * gives a brief with no lines; callers decide how to report that.
   */
  public Brief summarize(List<Article> articles, Budget budget) {
    return summarize(analyze(articles, StageTimings.NONE), budget, StageTimings.NONE);
  }

  /** A brief of an analysed corpus under {@code budget}, with this summarizer's ranker and selector. */
  public Brief summarize(AnalyzedCorpus corpus, Budget budget) {
    return summarize(corpus, budget, StageTimings.NONE);
  }

  /** As {@link #summarize(AnalyzedCorpus, Budget)}, adding the time of ranking and selection to {@code timings}. */
  public Brief summarize(AnalyzedCorpus corpus, Budget budget, StageTimings timings) {
    double[] scores = timings.time(Stage.RANK, () -> ranker().rank(corpus));
    return timings.time(Stage.SELECT, () -> assemble(corpus, scores, choose(corpus, scores, budget), budget));
  }

  /**
   * The sentences {@link #summarize(AnalyzedCorpus, Budget)} puts in the brief, as indices in the
   * order the selector took them: the newest article's lead first (when it fits the budget), then
   * the selector's choices under {@code budget}.
   *
   * @param scores the ranker's score of every sentence of {@code corpus}
   */
  public List<Integer> choose(AnalyzedCorpus corpus, double[] scores, Budget budget) {
    return choose(corpus, scores, budget, List.of());
  }

  /**
   * As {@link #choose(AnalyzedCorpus, double[], Budget)}, extending {@code earlier}: its sentences
   * are taken first, in order, then the newest article's lead, then the selector's choices. With an
   * earlier brief's choice this gives a longer brief that contains the shorter one.
   */
  public List<Integer> choose(AnalyzedCorpus corpus, double[] scores, Budget budget, List<Integer> earlier) {
    List<Integer> required = new ArrayList<>(earlier);
    newestLead(corpus, scores).filter(s -> !required.contains(s)).ifPresent(required::add);
    return selector().select(corpus, scores, budget, required);
  }

  /**
   * The best-ranked of the newest article's first {@link newsbrief.select.SelectionOptions#newestLeadWindow()}
   * sentences: the newest development the brief must show.
   */
  private java.util.Optional<Integer> newestLead(AnalyzedCorpus corpus, double[] scores) {
    int window = options.selection().newestLeadWindow();
    if (window == 0 || corpus.size() == 0) {
      return java.util.Optional.empty();
    }
    int newest = newestArticle(corpus.articles());
    int best = -1;
    for (int s = 0; s < corpus.size(); s++) {
      Sentence sentence = corpus.sentences().get(s);
      if (sentence.article() == newest && sentence.position() < window && (best < 0 || scores[s] > scores[best])) {
        best = s;
      }
    }
    return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(best);
  }

  /**
   * The article whose news is the newest known: the last dated one in reading order, or, when none
   * is dated, the last one. An undated article may be of any day, so it does not stand for the
   * latest development when a dated one can.
   */
  static int newestArticle(List<Article> articles) {
    List<Integer> order = ReadingOrder.articles(articles);
    for (int k = order.size() - 1; k >= 0; k--) {
      if (articles.get(order.get(k)).metadata().date().isPresent()) {
        return order.get(k);
      }
    }
    return order.get(order.size() - 1);
  }

  /**
   * The facts of an analysed corpus ({@link Facts}: what groups of sentences across articles
   * report) under this summarizer's ranking; {@link Facts#coveredBy} tells which a brief states.
   *
   * @param scores the ranker's score of every sentence of {@code corpus}
   */
  public Facts facts(AnalyzedCorpus corpus, double[] scores) {
    return Facts.find(corpus, scores);
  }

  /** Clean, split, vectorize and link the articles: everything before ranking. */
  public AnalyzedCorpus analyze(List<Article> articles) {
    return analyze(articles, StageTimings.NONE);
  }

  /** As {@link #analyze(List)}, adding the time of each stage to {@code timings}. */
  public AnalyzedCorpus analyze(List<Article> articles, StageTimings timings) {
    return link(annotate(articles, timings), timings);
  }

  /** Clean the articles and split their prose into the sentences a brief may quote, article by article. */
  public AnnotatedArticles annotate(List<Article> articles, StageTimings timings) {
    List<CleanedArticle> cleaned = timings.time(Stage.CLEAN, () -> cleaner.clean(articles));
    List<Sentence> sentences = timings.time(Stage.ANNOTATE,
        () -> new SentenceExtractor(splitter, options.sentences()).extract(cleaned));
    return new AnnotatedArticles(articles, cleaned, sentences);
  }

  /** Weigh the sentences of annotated articles and link them into one graph: the corpus a ranker reads. */
  public AnalyzedCorpus link(AnnotatedArticles annotated, StageTimings timings) {
    List<Article> articles = annotated.articles();
    Weighted weighted = timings.time(Stage.WEIGH, () -> weigh(articles.size(), annotated.sentences()));
    SimilarityGraph graph = timings.time(Stage.GRAPH, () -> options.graph().builderFor(weighted.sentences().size())
        .build(weighted.vectors(), weighted.groups(), options.graph().sameSourceEdgeWeight()));
    return new AnalyzedCorpus(articles, annotated.cleaned(), weighted.sentences(), weighted.vectors(), graph,
        Arrays.stream(weighted.articleGroups()).boxed().toList());
  }

  /** The sentences kept for the graph, their vectors, and the copy group of each one's article. */
  private record Weighted(List<Sentence> sentences, List<TermVector> vectors, int[] groups, int[] articleGroups) {}

  private Weighted weigh(int articleCount, List<Sentence> sentences) {
    List<List<String>> terms = sentences.parallelStream().map(s -> analyzer.terms(s.tokens())).toList();
    List<List<String>> indexTerms = options.terms().bigrams() ? terms.stream().map(TermBigrams::withBigrams).toList() : terms;
    List<TermVector> vectors = TfIdfVectorizer.vectorize(indexTerms, Vocabulary.of(indexTerms));
    List<Integer> kept = withoutRepeatsWithinArticle(sentences, vectors);
    List<Sentence> keptSentences = kept.stream().map(sentences::get).toList();
    List<TermVector> keptVectors = kept.stream().map(vectors::get).toList();
    int[] articleGroup = ArticleGroups.of(termsByArticle(articleCount, sentences, terms), options.graph().copyThreshold());
    int[] sentenceGroup = keptSentences.stream().mapToInt(s -> articleGroup[s.article()]).toArray();
    return new Weighted(keptSentences, keptVectors, sentenceGroup, articleGroup);
  }

  public SentenceRanker ranker() {
    return options.ranking().ranker();
  }

  public SentenceSelector selector() {
    return options.selection().selector(options.terms().stemming().stemmer(), stopWords);
  }

  private static List<List<String>> termsByArticle(int articles, List<Sentence> sentences, List<List<String>> terms) {
    List<List<String>> byArticle = new ArrayList<>(articles);
    for (int a = 0; a < articles; a++) {
      byArticle.add(new ArrayList<>());
    }
    for (int i = 0; i < sentences.size(); i++) {
      byArticle.get(sentences.get(i).article()).addAll(terms.get(i));
    }
    return byArticle;
  }

  /** Indices of the sentences left once later repeats of an earlier sentence of the same article are dropped. */
  private List<Integer> withoutRepeatsWithinArticle(List<Sentence> sentences, List<TermVector> vectors) {
    List<int[]> articleRanges = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (i == 0 || sentences.get(i).article() != sentences.get(i - 1).article()) {
        articleRanges.add(new int[] {i, i});
      }
      articleRanges.get(articleRanges.size() - 1)[1] = i + 1;
    }
    return articleRanges.parallelStream().flatMap(range -> {
      List<Integer> kept = new ArrayList<>();
      for (int i = range[0]; i < range[1]; i++) {
        boolean repeat = false;
        for (int k = 0; k < kept.size() && !repeat; k++) {
          repeat = vectors.get(kept.get(k)).cosine(vectors.get(i)) >= options.graph().withinArticleRepeatThreshold();
        }
        if (!repeat) {
          kept.add(i);
        }
      }
      return kept.stream();
    }).toList();
  }

  /**
   * Puts chosen sentences in reading order, with their sources, and with why each was chosen: its
   * place among all sentences by score, and the sentences that say the same thing (cosine at or
   * above the redundancy threshold), whose other articles are cited as corroboration.
   */
  public Brief assemble(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen, Budget budget) {
    List<Integer> order = ReadingOrder.articles(corpus.articles());
    int[] citation = new int[order.size()];
    for (int position = 0; position < order.size(); position++) {
      citation[order.get(position)] = position;
    }
    List<BriefLine> lines = new ArrayList<>();
    for (int rank = 0; rank < chosen.size(); rank++) {
      int s = chosen.get(rank);
      Sentence sentence = corpus.sentences().get(s);
      List<NearDuplicate> nearDuplicates = new ArrayList<>();
      double[] similarity = corpus.similaritiesTo(s);
      for (int t = 0; t < corpus.size(); t++) {
        if (t != s && similarity[t] >= options.selection().redundancyThreshold()) {
          Sentence other = corpus.sentences().get(t);
          nearDuplicates.add(new NearDuplicate(other, citation[other.article()], similarity[t]));
        }
      }
      nearDuplicates.sort(Comparator.comparingDouble(NearDuplicate::similarity).reversed()
          .thenComparingInt(NearDuplicate::source)
          .thenComparingInt(d -> d.sentence().position()));
      lines.add(BriefLine.explained(sentence, citation[sentence.article()], scores[s], rank,
          centralityRank(scores, scores[s]), nearDuplicates));
    }
    lines.sort(Comparator.comparingInt(BriefLine::source).thenComparingInt(l -> l.sentence().position()));
    List<Article> sources = order.stream().map(corpus.articles()::get).toList();
    return new Brief(sources, lines, budget, corpus.size());
  }

  /** 1 + how many scores are above {@code score}: equal scores share the best place. */
  private static int centralityRank(double[] scores, double score) {
    int above = 0;
    for (double other : scores) {
      if (other > score) {
        above++;
      }
    }
    return above + 1;
  }
}
