/**
 * The structure a generated article is built from before it becomes text. Keeping sentences
 * and quotes as structure lets copies be edited and still tell exactly where each reused
 * passage and quote ends up.
 */

/** Straight "…" or curly “…” quotation marks. */
export type QuoteStyle = 'straight' | 'curly';

export interface Sentence {
  /** Text before the quotation (or the whole sentence when there is no quote). */
  pre: string;
  /** Words inside the quotation marks, without its closing punctuation; null when unquoted. */
  quote: string | null;
  /** Punctuation that closes the quotation inside its marks (`,` `.` `?`). */
  quoteEnd: string;
  /** Text after the closing quotation mark. */
  post: string;
  /** Id of the quote's first appearance (shared by every re-quote of it). */
  quoteFamily: string | null;
}

export interface Paragraph {
  sentences: Sentence[];
  /** Id of the paragraph's first appearance, shared by its reprints. */
  family: string;
}

export interface ArticleModel {
  readonly index: number;
  readonly path: string;
  readonly outlet: number;
  readonly title: string;
  readonly byline: string | null;
  readonly paragraphs: Paragraph[];
  readonly footer: string | null;
  readonly quoteStyle: QuoteStyle;
}

/** Where one paragraph and its quotes ended up in the article text (UTF-16 offsets). */
export interface RenderedParagraph {
  readonly start: number;
  readonly end: number;
  readonly quotes: ReadonlyArray<{ readonly sentence: number; readonly start: number; readonly end: number }>;
}

export interface RenderedArticle {
  readonly text: string;
  readonly paragraphs: readonly RenderedParagraph[];
  readonly boilerplate: ReadonlyArray<{ readonly label: string; readonly start: number; readonly end: number }>;
}
