/**
 * The ground truth a generated corpus comes with: every planted reuse (where it was copied
 * from, where the copy is, how much the copy was changed) and every piece of boilerplate.
 * Paths are relative to the corpus's `articles/` directory; offsets are UTF-16 code units,
 * `start` inclusive, `end` exclusive.
 */

export interface TruthSpan {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

export type ReuseKind = 'passage' | 'quote';

export interface PlantedReuse {
  readonly id: number;
  readonly kind: ReuseKind;
  /** Id of the passage's or quote's first appearance: copies of copies share it. */
  readonly family: string;
  /** Share of words the copy changed, as planned: 0, 0.02, 0.05 or 0.1. */
  readonly editRate: number;
  /** Words actually replaced, removed or added. */
  readonly wordsChanged: number;
  readonly sentencesDropped: number;
  /** Stray hyphens put inside words. */
  readonly hyphens: number;
  /** The copy's quotation marks differ from the source's (straight vs curly). */
  readonly requoted: boolean;
  /** The copy's paragraph order differs from the source's (within the copied block). */
  readonly reordered: boolean;
  /** How it was copied: one block of paragraphs, a whole-article reprint, or a re-quote. */
  readonly via: 'block' | 'reprint' | 'quote';
  readonly source: TruthSpan;
  readonly copy: TruthSpan;
}

export interface BoilerplateSpan extends TruthSpan {
  readonly label: 'byline' | 'footer';
}

/** Where a passage or quote family appears (only families that appear more than once). */
export interface FamilyOccurrence extends TruthSpan {
  readonly family: string;
}

export interface CorpusTruth {
  readonly generator: string;
  readonly seed: number;
  readonly size: number;
  /** Where the original text came from: absent for the synthetic text, `real` for real documents. */
  readonly text?: string;
  /** What the text source reports about itself (for real text: the folder, the pool, how much was used). */
  readonly textSource?: Record<string, unknown>;
  readonly articlesDir: string;
  readonly articles: ReadonlyArray<{ readonly path: string; readonly length: number }>;
  readonly reuses: readonly PlantedReuse[];
  readonly boilerplate: readonly BoilerplateSpan[];
  /**
   * Every appearance of every paragraph and quote that appears in more than one article,
   * copies of copies included: two detected spans over the same family are genuine reuse
   * even when no single planted reuse links them directly.
   */
  readonly occurrences: readonly FamilyOccurrence[];
}

export const EDIT_RATES = [0, 0.02, 0.05, 0.1] as const;
