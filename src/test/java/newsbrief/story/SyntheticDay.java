package newsbrief.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.vectorize.TermVector;
import newsbrief.vectorize.TfIdfVectorizer;
import newsbrief.vectorize.TfIdfVectorizer.TermFrequency;
import newsbrief.vectorize.Vocabulary;

/**
 * A made-up day of news for scale tests: articles in stories whose sizes fall off like real
 * coverage (half are single items, a few run to hundreds of articles). Each article mixes English
 * function words, common words shared by the whole day (drawn by Zipf's law from 20,000) and its
 * story's own 40 words. Words are invented syllable strings, so no real text is involved. The
 * same size and seed give the same day.
 *
 * @param words each article's words, function words included
 * @param stories the true story of each article
 */
record SyntheticDay(List<List<String>> words, List<Integer> stories) {
  private static final List<String> FUNCTION_WORDS = List.of("the", "of", "and", "to", "in", "a", "that", "for", "on", "was", "with", "by");
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ter", "van", "dus", "pre", "sol", "ri", "bek", "nor", "ta",
      "gen", "fi", "mar", "os", "ul", "zen", "dra", "pel", "qui", "hob", "sta", "wen"};
  private static final int COMMON_WORDS = 20_000;
  private static final int STORY_WORDS = 40;
  private static final int LARGEST_STORY = 400;
  private static final LocalDate DAY = LocalDate.of(2024, 11, 28);

  SyntheticDay {
    words = List.copyOf(words);
    stories = List.copyOf(stories);
  }

  static SyntheticDay generate(int articles, long seed) {
    Random random = new Random(seed);
    String[] common = new String[COMMON_WORDS];
    double[] cumulative = new double[COMMON_WORDS];
    double total = 0;
    for (int w = 0; w < COMMON_WORDS; w++) {
      common[w] = word(w);
      total += 1.0 / (w + 1);
      cumulative[w] = total;
    }
    List<List<String>> words = new ArrayList<>(articles);
    List<Integer> stories = new ArrayList<>(articles);
    for (int story = 0; words.size() < articles; story++) {
      int size = Math.min(articles - words.size(), storySize(random));
      String[] own = new String[STORY_WORDS];
      for (int w = 0; w < STORY_WORDS; w++) {
        own[w] = common[COMMON_WORDS / 2 + random.nextInt(COMMON_WORDS / 2)] + "x" + story;
      }
      for (int a = 0; a < size; a++) {
        int length = 150 + random.nextInt(350);
        List<String> article = new ArrayList<>(length);
        for (int w = 0; w < length; w++) {
          double u = random.nextDouble();
          article.add(u < 0.4 ? FUNCTION_WORDS.get(random.nextInt(FUNCTION_WORDS.size()))
              : u < 0.75 ? common[zipfIndex(random.nextDouble() * total, cumulative)]
              : own[random.nextInt(own.length)]);
        }
        words.add(article);
        stories.add(story);
      }
    }
    return new SyntheticDay(words, stories);
  }

  /** The articles as text: sentences of 12 to 25 words, two to a paragraph, all dated the same day. */
  List<Article> articles() {
    List<Article> articles = new ArrayList<>(words.size());
    for (int a = 0; a < words.size(); a++) {
      StringBuilder text = new StringBuilder();
      List<String> article = words.get(a);
      int sentenceLength = 12;
      int inSentence = 0;
      int sentences = 0;
      for (int w = 0; w < article.size(); w++) {
        String word = article.get(w);
        text.append(inSentence == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        inSentence++;
        if (inSentence == sentenceLength || w == article.size() - 1) {
          text.append(++sentences % 2 == 0 ? ".\n\n" : ". ");
          inSentence = 0;
          sentenceLength = 12 + (a + w) % 14;
        } else {
          text.append(' ');
        }
      }
      ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.of(DAY), Optional.empty(), Map.of());
      articles.add(new Article("a" + a, "synthetic/a" + a + ".txt", text.toString(), meta));
    }
    return articles;
  }

  /** TF-IDF vectors of the articles' words other than function words, as the grouper weighs them. */
  List<TermVector> vectors() {
    List<List<String>> content = words.stream()
        .map(article -> article.stream().filter(w -> !FUNCTION_WORDS.contains(w)).toList())
        .toList();
    return TfIdfVectorizer.vectorize(content, Vocabulary.of(content), TermFrequency.SUBLINEAR);
  }

  List<Optional<LocalDate>> dates() {
    return words.stream().map(w -> Optional.of(DAY)).toList();
  }

  private static int storySize(Random random) {
    double u = random.nextDouble();
    return u < 0.5 ? 1 : (int) Math.min(LARGEST_STORY, Math.floor(1 / Math.pow(1 - u, 1.3)));
  }

  private static int zipfIndex(double target, double[] cumulative) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String word(int index) {
    StringBuilder word = new StringBuilder();
    int rest = index;
    do {
      word.append(SYLLABLES[rest % SYLLABLES.length]);
      rest /= SYLLABLES.length;
    } while (rest > 0);
    return word.append(SYLLABLES[index % 7]).toString();
  }
}
