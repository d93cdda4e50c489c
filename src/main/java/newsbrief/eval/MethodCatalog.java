package newsbrief.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.SummaryOptions.Selection;
import newsbrief.annotate.SentenceSplitter;
import newsbrief.rank.CentroidRanker;
import newsbrief.rank.LeadRanker;
import newsbrief.select.FactSelection;

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
  private final Map<String, UnaryOperator<SummaryOptions.Builder>> variants = new LinkedHashMap<>();
  private final Map<String, UnaryOperator<FactSelection>> factVariants = new LinkedHashMap<>();

  /**
   * @param splitter shared by every method (a caching one makes several methods cheap)
   * @param length the cut and the selection budget
   */
  public MethodCatalog(SentenceSplitter splitter, EvalLength length) {
    this.splitter = splitter;
    this.length = length;
    double leadBias = SummaryOptions.defaults().leadBias();
    variants.put("lexrank+mmr", o -> o.leadBias(0).selection(Selection.MMR));
    variants.put("lexrank+submodular", o -> o.leadBias(0).selection(Selection.SUBMODULAR));
    variants.put("lexrank+concepts", o -> o.leadBias(0).selection(Selection.CONCEPTS));
    variants.put("lexrank+facts", o -> o.leadBias(0).selection(Selection.FACTS));
    variants.put("biased-lexrank+mmr", o -> o.leadBias(leadBias).selection(Selection.MMR));
    variants.put("biased-lexrank+submodular", o -> o.leadBias(leadBias).selection(Selection.SUBMODULAR));
    variants.put("biased-lexrank+concepts", o -> o.leadBias(leadBias).selection(Selection.CONCEPTS));
    variants.put("biased-lexrank+facts", o -> o);
    variants.put("default", o -> o);
    variants.put("default/no-newest-lead", o -> o.newestLeadWindow(0));
    factVariants.put("default/no-recency", f -> f.withRecencyWeight(0));
    factVariants.put("default/fact-weight-0.15", f -> f.withWeight(f.weight() / 2));
    factVariants.put("default/fact-weight-0.6", f -> f.withWeight(f.weight() * 2));
    variants.put("default/concept-share-0.3", o -> o.conceptMinArticleShare(0.3));
    variants.put("default/concept-share-0.5", o -> o.conceptMinArticleShare(0.5));
    variants.put("default/concepts-only", o -> o.conceptRankWeight(0));
    variants.put("default/lead-bias-3", o -> o.leadBias(leadBias / 2));
    variants.put("default/lead-bias-12", o -> o.leadBias(leadBias * 2));
    variants.put("default/cost-exponent-1", o -> o.conceptCostExponent(1.0));
    variants.put("default/no-quotes", o -> o.maxQuotedShare(0.0));
    variants.put("default/max-40-words", o -> o.maxSentenceWords(40));
    variants.put("default/rouge-stems", o -> o.stemming(SummaryOptions.Stemming.ROUGE));
    variants.put("default/bigram-terms", o -> o.bigramTerms(true));
  }

  /** Every name {@link #method} knows, baselines first. */
  public List<String> names() {
    List<String> names = new ArrayList<>(List.of("lead", "centroid", "lexrank", "biased-lexrank"));
    names.addAll(variants.keySet());
    names.addAll(factVariants.keySet());
    names.add("default/no-overflow");
    return List.copyOf(names);
  }

  /** The rows of the README's ablation table. */
  public List<String> ablation() {
    return names().stream().filter(n -> !n.equals("biased-lexrank+facts")).toList();
  }

  /** The method of that name; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
  public SummaryMethod method(String name) {
    SummaryOptions defaults = SummaryOptions.defaults().withBudget(length.selectionBudget());
    Summarizer analyzer = new Summarizer(splitter, defaults);
    switch (name) {
      case "lead":
        return new RankedMethod(name, analyzer, new LeadRanker(), length.cutWords());
      case "centroid":
        return new RankedMethod(name, analyzer, new CentroidRanker(), length.cutWords());
      case "lexrank":
        return new RankedMethod(name, analyzer,
            analyzer.withOptions(defaults.toBuilder().leadBias(0).build()).ranker(), length.cutWords());
      case "biased-lexrank":
        return new RankedMethod(name, analyzer, analyzer.ranker(), length.cutWords());
      case "default/no-overflow":
        return new BriefMethod(name, new Summarizer(splitter,
            SummaryOptions.defaults().withBudget(length.withoutOverflow().selectionBudget())));
      default:
        UnaryOperator<FactSelection> factChange = factVariants.get(name);
        if (factChange != null) {
          return new BriefMethod(name, new Summarizer(splitter, defaults, factChange.apply(FactSelection.defaults())));
        }
        UnaryOperator<SummaryOptions.Builder> change = variants.get(name);
        if (change == null) {
          throw new IllegalArgumentException("unknown method '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return new BriefMethod(name, new Summarizer(splitter, change.apply(defaults.toBuilder()).build()));
    }
  }
}
