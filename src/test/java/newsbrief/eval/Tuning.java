package newsbrief.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.CachingSentenceSplitter;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.eval.rouge.RougeOptions;
import newsbrief.eval.rouge.RougeScorer;
import newsbrief.rank.CentroidRanker;
import newsbrief.rank.LeadRanker;
import newsbrief.select.Budget;
import newsbrief.select.FactSelection;

/**
 * The tuning harness behind the README's defaults (not a test: surefire does not run it). It
 * tokenizes the dev set once, then scores each setting of a batch in about a second, printing mean
 * SU4 and reference facts per 100 words ({@link FactRecall}) on all clusters, R-1 and R-2 on
 * the 9 that share nothing with DUC 2004. Batches: base, filters, terms, prior, concepts, combo, around,
 * submodular, facts. Run it with
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
    SummaryOptions base = SummaryOptions.defaults();
    long start = System.nanoTime();
    evaluation.run(clusters, List.of(new BriefMethod("warm", new Summarizer(splitter, base))), Evaluation.Progress.NONE);
    System.out.printf("tokenized in %.1f s%n", (System.nanoTime() - start) / 1e9);
    List<SummaryMethod> methods = new ArrayList<>();
    String batch = args.length > 1 ? args[1] : "base";
    int slack = 20;
    switch (batch) {
      case "base" -> {
        Summarizer analyzer = new Summarizer(splitter, base);
        methods.add(new RankedMethod("lead", analyzer, new LeadRanker(), 100));
        methods.add(new RankedMethod("centroid", analyzer, new CentroidRanker(), 100));
        methods.add(new RankedMethod("lexrank", analyzer, analyzer.ranker(), 100));
        methods.add(brief(splitter, "default", base, slack, o -> o));
        methods.add(brief(splitter, "default nolead", base, slack, o -> o.newestLeadWindow(0)));
        methods.add(brief(splitter, "mmr", base, slack, o -> o.selection(SummaryOptions.Selection.MMR)));
      }
      case "filters" -> {
        for (int max : new int[] {1000, 50, 40, 35, 30}) {
          for (double q : new double[] {1.0, 0.5, 0.3, 0.0}) {
            methods.add(brief(splitter, "max " + max + " quoted " + q, base, slack, o -> o.maxSentenceWords(max).maxQuotedShare(q)));
          }
        }
        for (int min : new int[] {4, 6, 8, 10, 12}) {
          methods.add(brief(splitter, "min " + min, base, slack, o -> o.minSentenceWords(min)));
        }
      }
      case "terms" -> {
        for (var st : SummaryOptions.Stemming.values()) {
          for (boolean bi : new boolean[] {false, true}) {
            methods.add(brief(splitter, "stem " + st + " bigrams " + bi, base, slack, o -> o.stemming(st).bigramTerms(bi)));
          }
        }
      }
      case "prior" -> {
        for (double b : new double[] {0, 0.5, 1, 2, 4, 8, 16}) {
          methods.add(brief(splitter, "leadBias " + b, base, slack, o -> o.leadBias(b)));
          methods.add(brief(splitter, "leadBias nolead " + b, base, slack, o -> o.leadBias(b).newestLeadWindow(0)));
        }
      }
      case "concepts" -> {
        for (int m : new int[] {2, 3, 4}) {
          for (double w : new double[] {0, 0.25, 1}) {
            for (double r : new double[] {0.3, 0.6, 1.0}) {
              methods.add(brief(splitter, "concepts min " + m + " rank " + w + " r " + r, base, slack,
                  o -> o.selection(SummaryOptions.Selection.CONCEPTS).conceptMinArticleShare(m / 10.0).conceptRankWeight(w).costExponent(r)));
            }
          }
        }
      }
      case "combo" -> {
        for (int m : new int[] {3, 4, 5, 6}) {
          for (double w : new double[] {0.1, 0.25, 0.5}) {
            for (double r : new double[] {0.5, 0.6, 0.8}) {
              for (double b : new double[] {0, 4, 8}) {
                methods.add(brief(splitter, "C m" + m + " w" + w + " r" + r + " b" + b, base, slack,
                    o -> o.selection(SummaryOptions.Selection.CONCEPTS).conceptMinArticleShare(m / 10.0).conceptRankWeight(w).costExponent(r).leadBias(b)));
              }
            }
          }
        }
      }
      case "around" -> {
        SummaryOptions c = base.toBuilder().selection(SummaryOptions.Selection.CONCEPTS).conceptMinArticleShare(0.4)
            .conceptRankWeight(0.25).costExponent(0.5).leadBias(6).build();
        methods.add(brief(splitter, "center", c, slack, o -> o));
        for (int sl : new int[] {0, 10, 30, 50}) {
          methods.add(brief(splitter, "slack " + sl, c, sl, o -> o));
        }
        methods.add(brief(splitter, "nolead", c, slack, o -> o.newestLeadWindow(0)));
        methods.add(brief(splitter, "leadwindow 1", c, slack, o -> o.newestLeadWindow(1)));
        methods.add(brief(splitter, "stem ROUGE", c, slack, o -> o.stemming(SummaryOptions.Stemming.ROUGE)));
        for (double t : new double[] {0.05, 0.15, 0.2}) {
          methods.add(brief(splitter, "simthreshold " + t, c, slack, o -> o.similarityThreshold(t)));
        }
        for (double d : new double[] {0.5, 0.7, 0.95}) {
          methods.add(brief(splitter, "damping " + d, c, slack, o -> o.damping(d)));
        }
        for (double w : new double[] {0.1, 0.6, 1.0}) {
          methods.add(brief(splitter, "sameSource " + w, c, slack, o -> o.sameSourceEdgeWeight(w)));
        }
        for (double w : new double[] {0.4, 0.8, 1.0}) {
          methods.add(brief(splitter, "copyThreshold " + w, c, slack, o -> o.copyThreshold(w)));
        }
        for (double w : new double[] {0.3, 0.5, 0.6, 0.8}) {
          methods.add(brief(splitter, "redundancy " + w, c, slack, o -> o.redundancyThreshold(w)));
        }
        for (double q : new double[] {0.0, 0.5}) {
          methods.add(brief(splitter, "quoted " + q, c, slack, o -> o.maxQuotedShare(q)));
        }
        for (int mx : new int[] {30, 40, 50}) {
          methods.add(brief(splitter, "maxwords " + mx, c, slack, o -> o.maxSentenceWords(mx)));
        }
        for (int mn : new int[] {4, 8, 10}) {
          methods.add(brief(splitter, "minwords " + mn, c, slack, o -> o.minSentenceWords(mn)));
        }
      }
      case "submodular" -> {
        for (double a : new double[] {0.1, 0.25, 0.5, 1.0}) {
          for (double l : new double[] {0, 1, 6}) {
            for (double r : new double[] {0.3, 0.5, 1.0}) {
              methods.add(brief(splitter, "S a" + a + " l" + l + " r" + r, base, slack,
                  o -> o.selection(SummaryOptions.Selection.SUBMODULAR).coverageSaturation(a).diversityWeight(l).costExponent(r)));
            }
          }
        }
      }
      case "facts" -> {
        methods.add(brief(splitter, "concepts", base, slack, o -> o.selection(SummaryOptions.Selection.CONCEPTS)));
        methods.add(brief(splitter, "concepts nolead", base, slack,
            o -> o.selection(SummaryOptions.Selection.CONCEPTS).newestLeadWindow(0)));
        for (double w : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 1}) {
          for (double rec : new double[] {0, 1, 2}) {
            FactSelection facts = new FactSelection(w, rec);
            methods.add(brief(splitter, "facts w" + w + " rec" + rec, base, slack, o -> o, facts));
            methods.add(brief(splitter, "facts w" + w + " rec" + rec + " nolead", base, slack,
                o -> o.newestLeadWindow(0), facts));
          }
        }
      }
      default -> throw new IllegalArgumentException(batch);
    }
    report(evaluation, clusters, methods);
  }

  static SummaryMethod brief(CachingSentenceSplitter splitter, String name, SummaryOptions base, int slack,
      UnaryOperator<SummaryOptions.Builder> change) {
    return brief(splitter, name, base, slack, change, FactSelection.defaults());
  }

  static SummaryMethod brief(CachingSentenceSplitter splitter, String name, SummaryOptions base, int slack,
      UnaryOperator<SummaryOptions.Builder> change, FactSelection facts) {
    SummaryOptions options = change.apply(base.toBuilder()).budget(Budget.words(100 + slack)).build();
    return new BriefMethod(name, new Summarizer(splitter, options, facts));
  }

  static void report(Evaluation evaluation, List<DucCluster> clusters, List<SummaryMethod> methods) {
    for (SummaryMethod method : methods) {
      long start = System.nanoTime();
      MethodResult result = evaluation.run(clusters, List.of(method), Evaluation.Progress.NONE).get(0);
      MethodResult apart = result.only(HELD_APART);
      System.out.printf("%-40s R1 %.4f R2 %.4f SU4 %.4f facts/100w %.3f | 9: R1 %.4f R2 %.4f | %.1fs%n", method.name(),
          mean(result.recalls(RougeMetric.ROUGE_1)), mean(result.recalls(RougeMetric.ROUGE_2)),
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
