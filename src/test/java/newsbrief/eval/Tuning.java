package newsbrief.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.CachingSentenceSplitter;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.annotate.SentenceOptions;
import newsbrief.eval.rouge.RougeOptions;
import newsbrief.eval.rouge.RougeScorer;
import newsbrief.graph.GraphOptions;
import newsbrief.rank.CentroidRanker;
import newsbrief.rank.LeadRanker;
import newsbrief.rank.RankOptions;
import newsbrief.select.Budget;
import newsbrief.select.Selection;
import newsbrief.select.SelectionOptions;
import newsbrief.vectorize.TermOptions;

/**
 * The tuning harness behind the README's defaults (not a test: surefire does not run it). It
 * tokenizes the dev set once, then scores each setting of a batch in about a second, printing mean
 * SU4 and reference facts per 100 words ({@link FactRecall}) on all clusters, R-1 and R-2
 * on the 9 that share nothing with DUC 2004. Batches: base, filters, terms, prior, concepts, combo,
 * around, submodular (concepts and combo tune concept coverage alone), facts. Run it with
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} and
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) newsbrief.eval.Tuning ../shared/eval/duc2003 combo}.
 */
public final class Tuning {
  static final Set<String> HELD_APART = Set.of("d30012t", "d30016t", "d30025t", "d31002t", "d31010t", "d31011t",
      "d31027t", "d31028t", "d31041t");

  public static void main(String[] args) {
    List<DucCluster> clusters = DucDataset.read(Path.of(args.length > 0 ? args[0] : "../shared/eval/duc2003"));
    CachingSentenceSplitter splitter = new CachingSentenceSplitter(new CoreNlpSentenceSplitter());
    Evaluation evaluation = new Evaluation(new RougeScorer(RougeOptions.standard()));
    Summarizer summarizer = new Summarizer(splitter);
    SummaryOptions base = summarizer.options();
    long start = System.nanoTime();
    evaluation.run(clusters, List.of(new BriefMethod("warm", summarizer, Budget.words(120))), Evaluation.Progress.NONE);
    System.out.printf(Locale.ROOT, "tokenized in %.1f s%n", (System.nanoTime() - start) / 1e9);
    List<SummaryMethod> methods = new ArrayList<>();
    String batch = args.length > 1 ? args[1] : "base";
    int slack = 20;
    switch (batch) {
      case "base" -> {
        methods.add(new RankedMethod("lead", summarizer, new LeadRanker(), 100));
        methods.add(new RankedMethod("centroid", summarizer, new CentroidRanker(), 100));
        methods.add(new RankedMethod("lexrank", summarizer, summarizer.ranker(), 100));
        methods.add(brief(summarizer, "default", slack, base));
        methods.add(brief(summarizer, "default nolead", slack, newestLead(base, 0)));
        methods.add(brief(summarizer, "mmr", slack, selecting(base, Selection.Mmr.defaults())));
      }
      case "filters" -> {
        for (int max : new int[] {1000, 50, 40, 35, 30}) {
          for (double q : new double[] {1.0, 0.5, 0.3, 0.0}) {
            methods.add(brief(summarizer, "max " + max + " quoted " + q, slack,
                base.withSentences(new SentenceOptions(base.sentences().minWords(), max, q))));
          }
        }
        for (int min : new int[] {4, 6, 8, 10, 12}) {
          methods.add(brief(summarizer, "min " + min, slack,
              base.withSentences(new SentenceOptions(min, base.sentences().maxWords(), base.sentences().maxQuotedShare()))));
        }
      }
      case "terms" -> {
        for (var st : TermOptions.Stemming.values()) {
          for (boolean bi : new boolean[] {false, true}) {
            methods.add(brief(summarizer, "stem " + st + " bigrams " + bi, slack, base.withTerms(new TermOptions(st, bi))));
          }
        }
      }
      case "prior" -> {
        for (double b : new double[] {0, 0.5, 1, 2, 4, 8, 16}) {
          methods.add(brief(summarizer, "leadBias " + b, slack, leadBias(base, b)));
          methods.add(brief(summarizer, "leadBias nolead " + b, slack, newestLead(leadBias(base, b), 0)));
        }
      }
      case "concepts" -> {
        for (int m : new int[] {2, 3, 4}) {
          for (double w : new double[] {0, 0.25, 1}) {
            for (double r : new double[] {0.3, 0.6, 1.0}) {
              methods.add(brief(summarizer, "concepts min " + m + " rank " + w + " r " + r, slack,
                  selecting(base, new Selection.Concepts(m / 10.0, w, r))));
            }
          }
        }
      }
      case "combo" -> {
        for (int m : new int[] {3, 4, 5, 6}) {
          for (double w : new double[] {0.1, 0.25, 0.5}) {
            for (double r : new double[] {0.5, 0.6, 0.8}) {
              for (double b : new double[] {0, 4, 8}) {
                methods.add(brief(summarizer, "C m" + m + " w" + w + " r" + r + " b" + b, slack,
                    leadBias(selecting(base, new Selection.Concepts(m / 10.0, w, r)), b)));
              }
            }
          }
        }
      }
      case "around" -> {
        methods.add(brief(summarizer, "center", slack, base));
        for (int sl : new int[] {0, 10, 30, 50}) {
          methods.add(brief(summarizer, "slack " + sl, sl, base));
        }
        methods.add(brief(summarizer, "nolead", slack, newestLead(base, 0)));
        methods.add(brief(summarizer, "leadwindow 1", slack, newestLead(base, 1)));
        methods.add(brief(summarizer, "stem ROUGE", slack, base.withTerms(base.terms().withStemming(TermOptions.Stemming.ROUGE))));
        GraphOptions g = base.graph();
        for (double t : new double[] {0.05, 0.15, 0.2}) {
          methods.add(brief(summarizer, "simthreshold " + t, slack, base.withGraph(new GraphOptions(t,
              g.withinArticleRepeatThreshold(), g.copyThreshold(), g.sameSourceEdgeWeight(), g.exactLimit(), g.maxPostings(),
              g.maxNeighbours()))));
        }
        RankOptions k = base.ranking();
        for (double d : new double[] {0.5, 0.7, 0.95}) {
          methods.add(brief(summarizer, "damping " + d, slack,
              base.withRanking(new RankOptions(d, k.convergenceTolerance(), k.maxIterations(), k.leadBias()))));
        }
        for (double w : new double[] {0.1, 0.6, 1.0}) {
          methods.add(brief(summarizer, "sameSource " + w, slack, base.withGraph(new GraphOptions(g.similarityThreshold(),
              g.withinArticleRepeatThreshold(), g.copyThreshold(), w, g.exactLimit(), g.maxPostings(), g.maxNeighbours()))));
        }
        for (double w : new double[] {0.4, 0.8, 1.0}) {
          methods.add(brief(summarizer, "copyThreshold " + w, slack, base.withGraph(new GraphOptions(g.similarityThreshold(),
              g.withinArticleRepeatThreshold(), w, g.sameSourceEdgeWeight(), g.exactLimit(), g.maxPostings(), g.maxNeighbours()))));
        }
        SelectionOptions sel = base.selection();
        for (double w : new double[] {0.3, 0.5, 0.6, 0.8}) {
          methods.add(brief(summarizer, "redundancy " + w, slack,
              base.withSelection(new SelectionOptions(sel.selection(), w, sel.newestLeadWindow()))));
        }
        SentenceOptions sen = base.sentences();
        for (double q : new double[] {0.0, 0.5}) {
          methods.add(brief(summarizer, "quoted " + q, slack, base.withSentences(sen.withMaxQuotedShare(q))));
        }
        for (int mx : new int[] {30, 40, 50}) {
          methods.add(brief(summarizer, "maxwords " + mx, slack, base.withSentences(sen.withMaxWords(mx))));
        }
        for (int mn : new int[] {4, 8, 10}) {
          methods.add(brief(summarizer, "minwords " + mn, slack,
              base.withSentences(new SentenceOptions(mn, sen.maxWords(), sen.maxQuotedShare()))));
        }
      }
      case "submodular" -> {
        for (double a : new double[] {0.1, 0.25, 0.5, 1.0}) {
          for (double l : new double[] {0, 1, 6}) {
            for (double r : new double[] {0.3, 0.5, 1.0}) {
              methods.add(brief(summarizer, "S a" + a + " l" + l + " r" + r, slack,
                  selecting(base, new Selection.Submodular(a, l, r, Selection.Submodular.defaults().clusterThreshold()))));
            }
          }
        }
      }
      case "facts" -> {
        Selection.FactCoverage facts = Selection.FactCoverage.defaults();
        methods.add(brief(summarizer, "concepts", slack, selecting(base, facts.concepts())));
        methods.add(brief(summarizer, "concepts nolead", slack, newestLead(selecting(base, facts.concepts()), 0)));
        for (double w : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 1}) {
          for (double rec : new double[] {0, 1, 2}) {
            SummaryOptions options = selecting(base, new Selection.FactCoverage(facts.concepts(), w, rec));
            methods.add(brief(summarizer, "facts w" + w + " rec" + rec, slack, options));
            methods.add(brief(summarizer, "facts w" + w + " rec" + rec + " nolead", slack, newestLead(options, 0)));
          }
        }
      }
      default -> throw new IllegalArgumentException(batch);
    }
    report(evaluation, clusters, methods);
  }

  /** The brief with {@code options}, selected under 100 words plus {@code slack}, as eval runs it. */
  static SummaryMethod brief(Summarizer summarizer, String name, int slack, SummaryOptions options) {
    return new BriefMethod(name, summarizer.withOptions(options), Budget.words(100 + slack));
  }

  static SummaryOptions selecting(SummaryOptions options, Selection selection) {
    return options.withSelection(options.selection().withSelection(selection));
  }

  static SummaryOptions newestLead(SummaryOptions options, int window) {
    return options.withSelection(options.selection().withNewestLeadWindow(window));
  }

  static SummaryOptions leadBias(SummaryOptions options, double bias) {
    return options.withRanking(options.ranking().withLeadBias(bias));
  }

  static void report(Evaluation evaluation, List<DucCluster> clusters, List<SummaryMethod> methods) {
    for (SummaryMethod method : methods) {
      long start = System.nanoTime();
      MethodResult result = evaluation.run(clusters, List.of(method), Evaluation.Progress.NONE).get(0);
      MethodResult apart = result.only(HELD_APART);
      System.out.printf(Locale.ROOT, "%-40s R1 %.4f R2 %.4f SU4 %.4f facts/100w %.3f | 9: R1 %.4f R2 %.4f | %.1fs%n",
          method.name(), mean(result.recalls(RougeMetric.ROUGE_1)), mean(result.recalls(RougeMetric.ROUGE_2)),
          mean(result.recalls(RougeMetric.ROUGE_SU4)), mean(result.factsPer100Words()),
          mean(apart.recalls(RougeMetric.ROUGE_1)), mean(apart.recalls(RougeMetric.ROUGE_2)),
          (System.nanoTime() - start) / 1e9);
    }
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }
}
