/**
 * ROUGE (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries", ACL workshop Text
 * Summarization Branches Out) computed exactly as the official ROUGE-1.5.5 Perl scorer computes it,
 * so that scores here and scores in the literature are the same numbers.
 *
 * <p>What the scorer does, and so what this package does:
 *
 * <ul>
 *   <li>Each line is one sentence; empty lines are ignored; A-Z are lower-cased and nothing else.
 *   <li>The length limit ({@link newsbrief.eval.rouge.LengthLimit}) is applied to the raw lines of
 *       the summary <em>and of every reference</em>, before any cleaning; bytes are UTF-8 bytes.
 *   <li>Cleaning then keeps only ASCII letters and digits: a token is a maximal run of
 *       {@code [a-z0-9]}; hyphens and every other character (non-ASCII bytes too) separate tokens.
 *   <li>With stemming, a token longer than 3 characters is replaced by its WordNet 2.0 exception
 *       base form when it has one, otherwise by its Porter (1980) stem.
 *   <li>ROUGE-N counts clipped n-gram hits; n-grams run across sentence boundaries.
 *   <li>Several references are combined as the scorer's {@code -f A}: hits, reference n-grams and
 *       summary n-grams are summed over the references, so recall = &Sigma;hits / &Sigma;ref and
 *       precision = &Sigma;hits / (summary n-grams &times; references).
 *   <li>F = PR / ((1 - &alpha;)P + &alpha;R) with &alpha; = 0.5; any zero denominator gives 0.
 * </ul>
 *
 * <p>Entry point: {@link newsbrief.eval.rouge.RougeScorer}.
 */
package newsbrief.eval.rouge;
