import type { SummaryOptions } from './summary';

/**
 * Shapes shared by the PAN text-alignment detector. Offsets are UTF-16 code-unit indices
 * into the decoded text, `start` inclusive, `end` exclusive (the CLI converts them to the
 * code points PAN counts).
 */

/** A stretch of one document. */
export interface PanRange {
  readonly start: number;
  readonly end: number;
}

/** One detected reuse: `a` in the suspicious document, `b` in the source document. */
export interface PanDetection {
  readonly a: PanRange;
  readonly b: PanRange;
}

/** A case while it is being built: inclusive sentence-index ranges on both sides. */
export interface SentenceCase {
  /** First and last suspicious sentence. */
  readonly a0: number;
  readonly a1: number;
  /** First and last source sentence. */
  readonly b0: number;
  readonly b1: number;
  /** The seeds (suspicious, source sentence pairs) that formed it. */
  readonly seeds: readonly Seed[];
}

/** Two sentences, one per document, similar enough to anchor a case. */
export interface Seed {
  readonly a: number;
  readonly b: number;
  /** Cosine of the two sentences' tf-idf vectors. */
  readonly cosine: number;
  /** Dice coefficient of their sets of stems. */
  readonly dice: number;
}

/** Tunable settings of the detector; `PAN_DEFAULTS` holds the tuned values. */
export interface PanOptions {
  /** Lowest cosine (tf-idf) for two sentences to seed a case. */
  readonly seedCosine: number;
  /** Lowest Dice coefficient (distinct words) for two sentences to seed a case. */
  readonly seedDice: number;
  /** Lowest cosine between the two fragments of a case for it to stand. */
  readonly caseCosine: number;
  /** Largest number of sentences skipped between two seeds of one case. */
  readonly maxGap: number;
  /** Smallest gap tried when a case fails the fragment check. */
  readonly minGap: number;
  /** Cosine for a neighbouring sentence to join a case (0: no growth). */
  readonly growCosine: number;
  /** Cosine for two neighbouring sentences, one per side, to join a case together. */
  readonly growDiagonal: number;
  /** Sentences with fewer counted words are joined to the next one. */
  readonly minSentenceWords: number;
  /** Cases shorter than this many characters on either side are dropped. */
  readonly minCaseChars: number;
  /** A common word run at least this many characters long marks a verbatim copy. */
  readonly verbatimMinChars: number;
  /** The test for a summary of the whole source. */
  readonly summary: SummaryOptions;
}
