package newsbrief.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import newsbrief.Article;

/**
 * Corpora of any size made from real articles: the first {@code n} of the pool when it is large
 * enough; beyond it, new articles that keep a pool article's metadata and paragraph count but draw
 * each paragraph at random (fixed seed) from all the pool's paragraphs, so the text stays
 * realistic news prose while the story mix grows.
 */
public final class SyntheticCorpus {
  private SyntheticCorpus() {}

  public static List<Article> of(List<Article> pool, int n, long seed) {
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("the pool of articles is empty");
    }
    if (n <= pool.size()) {
      return List.copyOf(pool.subList(0, n));
    }
    List<String> paragraphs = new ArrayList<>();
    for (Article article : pool) {
      paragraphs.addAll(paragraphs(article.text()));
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Article> articles = new ArrayList<>(pool);
    for (int i = pool.size(); i < n; i++) {
      Article model = pool.get(i % pool.size());
      int count = Math.max(1, paragraphs(model.text()).size());
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < count; p++) {
        text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
      }
      String id = String.format(Locale.ROOT, "synthetic-%05d", i);
      articles.add(new Article(id, id, text.toString(), model.metadata()));
    }
    return List.copyOf(articles);
  }

  private static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    return paragraphs;
  }
}
