package newsbrief.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Sentence;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.SimpleSentenceSplitter;
import newsbrief.clean.BlockKind;
import newsbrief.clean.CleanedArticle;
import newsbrief.clean.TextBlock;
import newsbrief.graph.SimilarityGraphBuilder;
import newsbrief.text.StopWords;
import newsbrief.text.Analyzer;
import newsbrief.text.Stemmer;
import newsbrief.vectorize.TermVector;
import newsbrief.vectorize.TfIdfVectorizer;
import newsbrief.vectorize.Vocabulary;

/** Small corpora for selector tests: built by the real pipeline, or sentence by sentence. */
final class SelectionFixtures {
  private SelectionFixtures() {}

  /** Four short reports of one event, some sentences paraphrasing one another across articles. */
  static final List<Article> BUDGET_STORY = List.of(
      Article.of("reuters", """
          BAGHDAD (Reuters) - Iraq's parliament approved the 2024 federal budget on Monday after months of delay.
          The budget sets spending at 211 trillion dinars, the largest in the country's history.
          Lawmakers from the Kurdistan region had demanded guarantees on salaries for public employees.
          Oil exports are expected to fund almost ninety percent of the spending plan.
          The finance minister said payments to the provinces would begin within weeks.
          """),
      Article.of("ap", """
          BAGHDAD (AP) _ Iraqi lawmakers on Monday approved the federal budget for 2024 after months of wrangling.
          Kurdish lawmakers had held up the vote over salaries for public employees in the Kurdistan region.
          Critics warned that the plan leans heavily on oil prices staying above eighty dollars a barrel.
          Economists said the budget leaves little room for investment in electricity and water.
          """),
      Article.of("local", """
          Protests over power cuts continued in Basra as temperatures passed fifty degrees this week.
          Residents blocked roads near the provincial council building and burned tyres.
          The governor promised new generators before the end of the summer.
          Iraq's parliament approved the 2024 federal budget on Monday after a long delay, officials said.
          """),
      Article.of("analysis", """
          Analysts say the new budget depends on oil revenue that may fall if global demand weakens.
          A drop in crude prices would force the government to borrow or delay salaries.
          The central bank has kept the dinar stable against the dollar since February.
          Investment in electricity and water remains small compared with the public wage bill.
          """));

  static AnalyzedCorpus analyzed(List<Article> articles) {
    return new Summarizer(new SimpleSentenceSplitter(), SummaryOptions.defaults()).analyze(articles);
  }

  /**
   * A corpus with one single-sentence article per text, vectorized and linked as the summarizer
   * does (without its cleaning and repeat removal, so copies stay in).
   */
  static AnalyzedCorpus ofSentences(String... texts) {
    Analyzer normalizer = Analyzer.indexTerms(StopWords.english(), Stemmer.PORTER);
    List<List<String>> terms = new ArrayList<>();
    List<String> textList = List.of(texts);
    for (String text : textList) {
      terms.add(normalizer.terms(List.of(text.split("[\\s,.;:!?]+"))));
    }
    List<TermVector> vectors = TfIdfVectorizer.vectorize(terms, Vocabulary.of(terms));
    return ofVectors(textList, vectors);
  }

  /** A corpus of sentences of the given word counts and vectors, one article each. */
  static AnalyzedCorpus ofVectors(int[] wordCounts, TermVector... vectors) {
    List<String> texts = new ArrayList<>();
    for (int words : wordCounts) {
      texts.add(String.join(" ", Collections.nCopies(words, "word")) + ".");
    }
    return ofVectors(texts, List.of(vectors));
  }

  private static AnalyzedCorpus ofVectors(List<String> texts, List<TermVector> vectors) {
    List<Article> articles = new ArrayList<>();
    List<CleanedArticle> cleaned = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Article article = Article.of("a" + i, text);
      articles.add(article);
      cleaned.add(new CleanedArticle(article, List.of(new TextBlock(0, text.length(), BlockKind.PROSE))));
      sentences.add(new Sentence(i, 0, 0, text.length(), text, List.of(text.split(" "))));
    }
    return new AnalyzedCorpus(articles, cleaned, sentences, vectors, new SimilarityGraphBuilder(0.1).build(vectors));
  }

  static TermVector unit(int... terms) {
    double[] weights = new double[terms.length];
    Arrays.fill(weights, 1.0);
    return new TermVector(terms, weights);
  }

  static int words(AnalyzedCorpus corpus, List<Integer> chosen) {
    return chosen.stream().mapToInt(i -> corpus.sentences().get(i).wordCount()).sum();
  }
}
