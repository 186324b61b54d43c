import type { AlignOptions } from '../types';

/**
 * Changes whenever the engine's results for the same articles and options change, so results
 * stored by an earlier engine (the extension's index cache) are not taken for current ones.
 */
export const ENGINE_REVISION = 2;

/** AlignOptions with every default filled in. */
export interface Settings {
  readonly shingleSize: number;
  readonly minMatchedWords: number;
  readonly minSimilarity: number;
  readonly maxDocumentFrequency: (documents: number) => number;
  readonly maxEditLength: number;
  readonly diffTimeoutMs: number;
  readonly maxGap: number;
  readonly minContentWords: number;
  readonly useDates: boolean;
}

/** Fills in defaults; documented on AlignOptions. */
export function settingsFrom(o: AlignOptions = {}): Settings {
  return {
    shingleSize: o.shingleSize ?? 3,
    minMatchedWords: o.minMatchedWords ?? 8,
    minSimilarity: o.minSimilarity ?? 0.5,
    // Template text (footers, bylines) recurs in a share of a large corpus; a floor of 50 keeps
    // a story reprinted across a small folder from being mistaken for it.
    maxDocumentFrequency: (n) => o.maxDocumentFrequency ?? Math.max(50, Math.ceil(0.01 * n)),
    maxEditLength: o.maxEditLength ?? 20_000,
    diffTimeoutMs: o.diffTimeoutMs ?? 200,
    maxGap: 10,
    minContentWords: 4,
    useDates: o.firstAppearance !== 'path',
  };
}
