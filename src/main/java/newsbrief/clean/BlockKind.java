package newsbrief.clean;

/** What a block of page text is taken to be. Only {@link #PROSE} reaches the summarizer. */
public enum BlockKind {
  /** Article text: sentences. */
  PROSE,
  /** A line that is not a sentence: headline, section heading, label, byline, date line, URL. */
  NOT_A_SENTENCE,
  /** A photo caption, recognised by its credit. */
  CAPTION,
  /** Share, comment, subscribe and 'read more' furniture. */
  WIDGET,
  /** A paragraph about the author. */
  AUTHOR_BIO,
  /** Text in another language (hardly any English function words). */
  OTHER_LANGUAGE,
  /** A short line that several articles print alike: the site's furniture. */
  REPEATED_ACROSS_ARTICLES
}
