/**
 * How a brief changes with its length: one corpus summarized at several budgets, as nested briefs
 * (each shorter one the start of the longest one's choice order), measured by the LexRank
 * centrality they cover, their redundancy, how much of the longest brief they keep and, where
 * reference summaries exist, ROUGE; and ROUGE against budget over a DUC-layout set of clusters.
 * Rendered as Markdown tables and SVG charts (XChart).
 */
package newsbrief.compare;
