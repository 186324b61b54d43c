/**
 * What every detector is reduced to before it is scored on a generated corpus: groups of
 * spans that the detector says are the same text. A pairwise tool gives groups of two.
 */
export interface DetectedSpan {
  /** Path relative to the corpus's articles directory. */
  readonly path: string;
  /** UTF-16 offsets, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface DetectedGroup {
  readonly members: readonly DetectedSpan[];
  /** The tool's label for the group when it gives one (ours: `quote`, `passage`, `boilerplate`). */
  readonly kind?: string;
}
