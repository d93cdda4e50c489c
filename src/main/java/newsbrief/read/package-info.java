/**
 * Reading: every input a user has, turned into {@link newsbrief.Article}s, with a plain word for
 * input that cannot be used.
 *
 * <p>The stages, in the order a caller applies them:
 * <ol>
 *   <li>{@link newsbrief.read.InputCollector#collect} reads files, folders, glob patterns and
 *       standard input ({@link newsbrief.read.ArticleReader} per file, {@link
 *       newsbrief.read.TextDecoder} for bytes, {@link newsbrief.read.InputFormat} to tell TEXT,
 *       HTML and JSON Lines apart) and returns an {@link newsbrief.read.InputBatch}: the articles
 *       and the problems;
 *   <li>{@link newsbrief.read.DateWindow#apply} keeps the articles of a date window;
 *   <li>{@link newsbrief.read.DuplicateFilter#filter} drops copies.
 * </ol>
 * The window comes before the copies are dropped: otherwise a copy inside the window could be
 * dropped in favour of an original outside it, and the story lost. {@link
 * newsbrief.read.PreparedInput#of} applies the last two in this order.
 *
 * <p>Every refusal is a {@link newsbrief.NewsbriefException} with a one-line message naming the
 * input, {@code where: what went wrong (what to do)}.
 */
package newsbrief.read;
