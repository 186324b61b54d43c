/**
 * Which PAN pairs a run covers: all of them, the first N of each folder, or the corpus's
 * `pairs_sample250_with_category.txt` sample.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allPairs, limitedPairs, pairsFromCategoryFile, type PanPair } from './corpus';

export const SAMPLE_FILE = 'pairs_sample250_with_category.txt';

/** `limit`: a number of pairs per folder, `'sample'` for the sample file, or undefined for all. */
export function selectPairs(corpusDir: string, limit?: number | 'sample'): PanPair[] {
  if (limit === 'sample') {
    const file = join(corpusDir, SAMPLE_FILE);
    if (!existsSync(file)) throw new Error(`no ${SAMPLE_FILE} in ${corpusDir}`);
    return pairsFromCategoryFile(file);
  }
  return limit === undefined ? allPairs(corpusDir) : limitedPairs(corpusDir, limit);
}

/** The pairs as the `pairs` file format our CLI reads: `susp source` per line. */
export function pairsFileText(pairs: readonly PanPair[]): string {
  return pairs.map((p) => `${p.susp} ${p.source}\n`).join('');
}
