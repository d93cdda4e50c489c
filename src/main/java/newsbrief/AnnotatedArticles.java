package newsbrief;

import java.util.ArrayList;
import java.util.List;
import newsbrief.clean.CleanedArticle;

/**
 * Articles cleaned and split into the sentences a brief may quote: everything of the pipeline that
 * is done article by article, before articles are weighed and linked together. It is done once for
 * a day and shared by its stories ({@link #subset}) and by briefs of several lengths.
 * {@link Sentence#article()} indexes {@link #articles()}; sentences are in article order, then
 * text order.
 */
public record AnnotatedArticles(List<Article> articles, List<CleanedArticle> cleaned, List<Sentence> sentences) {
  public AnnotatedArticles {
    articles = List.copyOf(articles);
    cleaned = List.copyOf(cleaned);
    sentences = List.copyOf(sentences);
    if (cleaned.size() != articles.size()) {
      throw new IllegalArgumentException("one cleaned article per article is needed");
    }
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.article() >= articles.size() || (i > 0 && s.article() < sentences.get(i - 1).article())) {
        throw new IllegalArgumentException("sentences must be in article order and point at an article");
      }
    }
  }

  /** Whether each article gave at least one sentence. */
  public boolean[] hasSentences() {
    boolean[] has = new boolean[articles.size()];
    sentences.forEach(s -> has[s.article()] = true);
    return has;
  }

  /** The articles that gave no sentence (page furniture only, say), in order. */
  public List<Article> withoutSentences() {
    boolean[] has = hasSentences();
    List<Article> none = new ArrayList<>();
    for (int a = 0; a < has.length; a++) {
      if (!has[a]) {
        none.add(articles.get(a));
      }
    }
    return none;
  }

  /**
   * Only the articles that gave a sentence, renumbered in order: an article with nothing to quote
   * cannot change which articles copy one another, which is newest, or what a brief says.
   */
  public AnnotatedArticles withSentencesOnly() {
    boolean[] has = hasSentences();
    List<Integer> kept = new ArrayList<>();
    for (int a = 0; a < has.length; a++) {
      if (has[a]) {
        kept.add(a);
      }
    }
    return kept.size() == articles.size() ? this : subset(kept);
  }

  /** The articles at {@code indices} (ascending), with their sentences, renumbered from 0. */
  public AnnotatedArticles subset(List<Integer> indices) {
    int[] newIndex = new int[articles.size()];
    java.util.Arrays.fill(newIndex, -1);
    List<Article> keptArticles = new ArrayList<>(indices.size());
    List<CleanedArticle> keptCleaned = new ArrayList<>(indices.size());
    int previous = -1;
    for (int a : indices) {
      if (a <= previous) {
        throw new IllegalArgumentException("article indices must ascend: " + indices);
      }
      previous = a;
      newIndex[a] = keptArticles.size();
      keptArticles.add(articles.get(a));
      keptCleaned.add(cleaned.get(a));
    }
    List<Sentence> keptSentences = new ArrayList<>();
    for (Sentence s : sentences) {
      int a = newIndex[s.article()];
      if (a >= 0) {
        keptSentences.add(s.article() == a ? s : new Sentence(a, s.position(), s.begin(), s.end(), s.text(), s.tokens()));
      }
    }
    return new AnnotatedArticles(keptArticles, keptCleaned, keptSentences);
  }

  /** Words of the articles' texts, as a reader counts them (for a length given as a share of the input). */
  public long inputWords() {
    return articles.stream().mapToLong(a -> newsbrief.text.Words.count(a.text())).sum();
  }
}
