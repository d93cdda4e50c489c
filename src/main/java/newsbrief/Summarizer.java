package newsbrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import newsbrief.StageTimings.Stage;
import newsbrief.annotate.SentenceExtractor;
import newsbrief.annotate.SentenceSplitter;
import newsbrief.clean.CleanedArticle;
import newsbrief.clean.PageCleaner;
import newsbrief.graph.ArticleGroups;
import newsbrief.graph.SimilarityGraph;
import newsbrief.graph.SimilarityGraphBuilder;
import newsbrief.eval.rouge.RougeStemmer;
import newsbrief.order.ReadingOrder;
import newsbrief.rank.LeadPrior;
import newsbrief.rank.LexRankRanker;
import newsbrief.rank.SentenceRanker;
import newsbrief.select.ConceptCoverageSelector;
import newsbrief.select.FactCoverageSelector;
import newsbrief.select.FactSelection;
import newsbrief.select.Facts;
import newsbrief.select.Budget;
import newsbrief.select.MmrSelector;
import newsbrief.select.SentenceSelector;
import newsbrief.select.SubmodularSelector;
import newsbrief.vectorize.StopWords;
import newsbrief.vectorize.TermBigrams;
import newsbrief.vectorize.TermNormalizer;
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
  private final FactSelection factSelection;
  private final StopWords stopWords;
  private final PageCleaner cleaner;
  private final TermNormalizer normalizer;

  /** @param splitter the (costly, shared) sentence splitter, e.g. CoreNLP's */
  public Summarizer(SentenceSplitter splitter, SummaryOptions options) {
    this(splitter, options, FactSelection.defaults());
  }

  /** @param factSelection the settings of fact coverage, when {@link SummaryOptions#selection()} is FACTS */
  public Summarizer(SentenceSplitter splitter, SummaryOptions options, FactSelection factSelection) {
    this.splitter = splitter;
    this.options = options;
    this.factSelection = java.util.Objects.requireNonNull(factSelection, "factSelection");
    this.stopWords = StopWords.english();
    this.cleaner = new PageCleaner(stopWords);
    this.normalizer = new TermNormalizer(stopWords, stemmer());
  }

  public SummaryOptions options() {
    return options;
  }

  public FactSelection factSelection() {
    return factSelection;
  }

  /** The same pipeline with other settings, sharing the splitter. */
  public Summarizer withOptions(SummaryOptions newOptions) {
    return new Summarizer(splitter, newOptions, factSelection);
  }

  /** The same pipeline with other fact settings, sharing the splitter. */
  public Summarizer withFactSelection(FactSelection newFactSelection) {
    return new Summarizer(splitter, options, newFactSelection);
  }

  /**
   * A brief of the articles. Input with no quotable sentence (nothing but page furniture, say)
   * gives a brief with no lines; callers decide how to report that.
   */
  public Brief summarize(List<Article> articles) {
    return summarize(articles, StageTimings.NONE);
  }

  /** As {@link #summarize(List)}, adding the time of each stage to {@code timings}. */
  public Brief summarize(List<Article> articles, StageTimings timings) {
    return summarize(analyze(articles, timings), timings);
  }

  /** A brief of an analysed corpus, with this summarizer's ranker and selector. */
  public Brief summarize(AnalyzedCorpus corpus) {
    return summarize(corpus, StageTimings.NONE);
  }

  /** As {@link #summarize(AnalyzedCorpus)}, adding the time of ranking and selection to {@code timings}. */
  public Brief summarize(AnalyzedCorpus corpus, StageTimings timings) {
    double[] scores = timings.time(Stage.RANK, () -> ranker().rank(corpus));
    return timings.time(Stage.SELECT, () -> assemble(corpus, scores, choose(corpus, scores)));
  }

  /**
   * The sentences {@link #summarize(AnalyzedCorpus)} puts in the brief, as indices in the order the
   * selector took them: the newest article's lead first (when it fits the budget), then the
   * selector's choices under this summarizer's budget.
   *
   * @param scores the ranker's score of every sentence of {@code corpus}
   */
  public List<Integer> choose(AnalyzedCorpus corpus, double[] scores) {
    return choose(corpus, scores, options.budget(), List.of());
  }

  /**
   * As {@link #choose(AnalyzedCorpus, double[])} under {@code budget}, starting from {@code earlier}
   * (say, a shorter brief's choice, in its order): the newest article's lead, then each of
   * {@code earlier} that still fits and says nothing already chosen, then the selector's own
   * choices. A brief chosen at a small budget and extended this way at a larger one holds every
   * sentence of the small one.
   */
  public List<Integer> choose(AnalyzedCorpus corpus, double[] scores, Budget budget, List<Integer> earlier) {
    List<Integer> required = new ArrayList<>(newestLead(corpus, scores));
    earlier.stream().filter(s -> !required.contains(s)).forEach(required::add);
    return selector().select(corpus, scores, budget, required);
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

  /**
   * The best-ranked of the newest article's first {@link SummaryOptions#newestLeadWindow()}
   * sentences, as a list of at most one sentence: the newest development the brief must show.
   */
  private List<Integer> newestLead(AnalyzedCorpus corpus, double[] scores) {
    if (options.newestLeadWindow() == 0 || corpus.size() == 0) {
      return List.of();
    }
    int newest = newestArticle(corpus.articles());
    int best = -1;
    for (int s = 0; s < corpus.size(); s++) {
      Sentence sentence = corpus.sentences().get(s);
      if (sentence.article() == newest && sentence.position() < options.newestLeadWindow()
          && (best < 0 || scores[s] > scores[best])) {
        best = s;
      }
    }
    return best < 0 ? List.of() : List.of(best);
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

  /** Clean, split, vectorize and link the articles: everything before ranking. */
  public AnalyzedCorpus analyze(List<Article> articles) {
    return analyze(articles, StageTimings.NONE);
  }

  /** As {@link #analyze(List)}, adding the time of each stage to {@code timings}. */
  public AnalyzedCorpus analyze(List<Article> articles, StageTimings timings) {
    List<CleanedArticle> cleaned = timings.time(Stage.CLEAN, () -> cleaner.clean(articles));
    List<Sentence> sentences = timings.time(Stage.ANNOTATE,
        () -> new SentenceExtractor(splitter, options.minSentenceWords(), options.maxSentenceWords(),
            options.maxQuotedShare()).extract(cleaned));
    Weighted weighted = timings.time(Stage.WEIGH, () -> weigh(articles.size(), sentences));
    SimilarityGraph graph = timings.time(Stage.GRAPH, () -> graphBuilder(weighted.sentences().size())
        .build(weighted.vectors(), weighted.groups(), options.sameSourceEdgeWeight()));
    return new AnalyzedCorpus(articles, cleaned, weighted.sentences(), weighted.vectors(), graph,
        java.util.Arrays.stream(weighted.articleGroups()).boxed().toList());
  }

  /** The sentences kept for the graph, their vectors, and the copy group of each one's article. */
  private record Weighted(List<Sentence> sentences, List<TermVector> vectors, int[] groups, int[] articleGroups) {}

  private Weighted weigh(int articleCount, List<Sentence> sentences) {
    List<List<String>> terms = sentences.parallelStream().map(s -> normalizer.terms(s.tokens())).toList();
    List<List<String>> indexTerms = options.bigramTerms() ? terms.stream().map(TermBigrams::withBigrams).toList() : terms;
    List<TermVector> vectors = TfIdfVectorizer.vectorize(indexTerms, Vocabulary.of(indexTerms));
    List<Integer> kept = withoutRepeatsWithinArticle(sentences, vectors);
    List<Sentence> keptSentences = kept.stream().map(sentences::get).toList();
    List<TermVector> keptVectors = kept.stream().map(vectors::get).toList();
    int[] articleGroup = ArticleGroups.of(termsByArticle(articleCount, sentences, terms), options.copyThreshold());
    int[] sentenceGroup = keptSentences.stream().mapToInt(s -> articleGroup[s.article()]).toArray();
    return new Weighted(keptSentences, keptVectors, sentenceGroup, articleGroup);
  }

  /** Exact up to {@link SummaryOptions#exactGraphLimit()} sentences, pruned above. */
  private SimilarityGraphBuilder graphBuilder(int sentences) {
    return sentences <= options.exactGraphLimit()
        ? new SimilarityGraphBuilder(options.similarityThreshold())
        : new SimilarityGraphBuilder(options.similarityThreshold(), options.candidateTerms(), options.maxPostings(),
            options.maxNeighbours());
  }

  public SentenceRanker ranker() {
    return new LexRankRanker(options.damping(), options.convergenceTolerance(), options.maxIterations(),
        new LeadPrior(options.leadBias()));
  }

  private UnaryOperator<String> stemmer() {
    return switch (options.stemming()) {
      case PORTER -> TermNormalizer.PORTER;
      case ROUGE -> RougeStemmer::stem;
    };
  }

  public SentenceSelector selector() {
    return switch (options.selection()) {
      case MMR -> new MmrSelector(options.mmrLambda(), options.redundancyThreshold());
      case SUBMODULAR -> new SubmodularSelector(options.coverageSaturation(), options.diversityWeight(),
          options.costExponent(), options.clusterThreshold(), options.redundancyThreshold());
      case CONCEPTS -> new ConceptCoverageSelector(options.conceptMinArticleShare(), options.conceptRankWeight(),
          options.conceptCostExponent(), options.redundancyThreshold(), stemmer(), stopWords);
      case FACTS -> new FactCoverageSelector(factSelection, options.conceptMinArticleShare(), options.conceptRankWeight(),
          options.conceptCostExponent(), options.redundancyThreshold(), stemmer(), stopWords);
    };
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
          repeat = vectors.get(kept.get(k)).cosine(vectors.get(i)) >= options.withinArticleRepeatThreshold();
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
  public Brief assemble(AnalyzedCorpus corpus, double[] scores, List<Integer> chosen) {
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
        if (t != s && similarity[t] >= options.redundancyThreshold()) {
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
    return new Brief(sources, lines, options.budget(), corpus.size());
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
