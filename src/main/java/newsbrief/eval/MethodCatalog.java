package newsbrief.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.rank.RankOptions;
import newsbrief.select.Budget;
import newsbrief.select.Selection;
import newsbrief.vectorize.TermOptions;
import newsbrief.annotate.SentenceSplitter;
import newsbrief.rank.CentroidRanker;
import newsbrief.rank.LeadRanker;

/**
 * The methods {@code eval} can compare, by name. {@code default} is the product's own
 * configuration ({@link SummaryOptions#defaults()}, as {@code brief} runs it) under the evaluation's
 * budget; every other name changes one thing, so a table of them is an ablation:
 *
 * <ul>
 *   <li>rankings alone, best first with no redundancy control: {@code lead}, {@code centroid},
 *       {@code lexrank} (plain LexRank), {@code biased-lexrank} (with the default lead prior);
 *   <li>a ranking with a selection strategy: {@code lexrank+mmr}, {@code lexrank+submodular},
 *       {@code lexrank+concepts}, {@code lexrank+facts}, {@code biased-lexrank+mmr},
 *       {@code biased-lexrank+submodular}, {@code biased-lexrank+concepts};
 *       {@code biased-lexrank+facts} is {@code default};
 *   <li>{@code default} with one change, named {@code default/<change>}: see {@link #names()}.
 * </ul>
 */
public final class MethodCatalog {
  private final SentenceSplitter splitter;
  private final EvalLength length;
  private final Map<String, UnaryOperator<SummaryOptions>> variants = new LinkedHashMap<>();

  /**
   * @param splitter shared by every method (a caching one makes several methods cheap)
   * @param length the cut and the selection budget
   */
  public MethodCatalog(SentenceSplitter splitter, EvalLength length) {
    this.splitter = splitter;
    this.length = length;
    RankOptions ranking = RankOptions.defaults();
    Selection.FactCoverage facts = Selection.FactCoverage.defaults();
    Selection.Concepts concepts = facts.concepts();
    variants.put("lexrank+mmr", o -> plain(selecting(o, Selection.Mmr.defaults())));
    variants.put("lexrank+submodular", o -> plain(selecting(o, Selection.Submodular.defaults())));
    variants.put("lexrank+concepts", o -> plain(selecting(o, concepts)));
    variants.put("lexrank+facts", o -> plain(o));
    variants.put("biased-lexrank+mmr", o -> selecting(o, Selection.Mmr.defaults()));
    variants.put("biased-lexrank+submodular", o -> selecting(o, Selection.Submodular.defaults()));
    variants.put("biased-lexrank+concepts", o -> selecting(o, concepts));
    variants.put("biased-lexrank+facts", o -> o);
    variants.put("default", o -> o);
    variants.put("default/no-newest-lead", o -> o.withSelection(o.selection().withNewestLeadWindow(0)));
    variants.put("default/no-recency", o -> selecting(o, facts.withRecencyWeight(0)));
    variants.put("default/fact-weight-0.15", o -> selecting(o, facts.withFactWeight(facts.factWeight() / 2)));
    variants.put("default/fact-weight-0.6", o -> selecting(o, facts.withFactWeight(facts.factWeight() * 2)));
    variants.put("default/concept-share-0.3", o -> selecting(o, facts.withConcepts(concepts.withMinArticleShare(0.3))));
    variants.put("default/concept-share-0.5", o -> selecting(o, facts.withConcepts(concepts.withMinArticleShare(0.5))));
    variants.put("default/concepts-only", o -> selecting(o, facts.withConcepts(concepts.withRankWeight(0))));
    variants.put("default/lead-bias-3", o -> o.withRanking(ranking.withLeadBias(ranking.leadBias() / 2)));
    variants.put("default/lead-bias-12", o -> o.withRanking(ranking.withLeadBias(ranking.leadBias() * 2)));
    variants.put("default/cost-exponent-1", o -> selecting(o, facts.withConcepts(concepts.withCostExponent(1.0))));
    variants.put("default/no-quotes", o -> o.withSentences(o.sentences().withMaxQuotedShare(0.0)));
    variants.put("default/max-40-words", o -> o.withSentences(o.sentences().withMaxWords(40)));
    variants.put("default/rouge-stems", o -> o.withTerms(o.terms().withStemming(TermOptions.Stemming.ROUGE)));
    variants.put("default/bigram-terms", o -> o.withTerms(o.terms().withBigrams(true)));
  }

  private static SummaryOptions selecting(SummaryOptions options, Selection selection) {
    return options.withSelection(options.selection().withSelection(selection));
  }

  /** Plain LexRank: no lead prior. */
  private static SummaryOptions plain(SummaryOptions options) {
    return options.withRanking(options.ranking().withLeadBias(0));
  }

  /** Every name {@link #method} knows, baselines first. */
  public List<String> names() {
    List<String> names = new ArrayList<>(List.of("lead", "centroid", "lexrank", "biased-lexrank"));
    names.addAll(variants.keySet());
    names.add("default/no-overflow");
    return List.copyOf(names);
  }

  /** The rows of the README's ablation table. */
  public List<String> ablation() {
    return names().stream().filter(n -> !n.equals("biased-lexrank+facts")).toList();
  }

  /** The method of that name; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
  public SummaryMethod method(String name) {
    Summarizer analyzer = new Summarizer(splitter);
    Budget budget = length.selectionBudget();
    switch (name) {
      case "lead":
        return new RankedMethod(name, analyzer, new LeadRanker(), length.cutWords());
      case "centroid":
        return new RankedMethod(name, analyzer, new CentroidRanker(), length.cutWords());
      case "lexrank":
        return new RankedMethod(name, analyzer, analyzer.withOptions(plain(analyzer.options())).ranker(), length.cutWords());
      case "biased-lexrank":
        return new RankedMethod(name, analyzer, analyzer.ranker(), length.cutWords());
      case "default/no-overflow":
        return new BriefMethod(name, analyzer, length.withoutOverflow().selectionBudget());
      default:
        UnaryOperator<SummaryOptions> change = variants.get(name);
        if (change == null) {
          throw new IllegalArgumentException("unknown method '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return new BriefMethod(name, analyzer.withOptions(change.apply(analyzer.options())), budget);
    }
  }
}
