import type { TokenStream } from '../normalize/tokenize';
import { PairTable } from '../util/pairTable';
import { Counts } from '../util/counts';

/** A pair of word keys packed into one number (keys stay far below 2^26). */
export function packPair(k1: number, k2: number): number {
  return k1 * 2 ** 26 + k2;
}

/**
 * The distinct pairs of neighbouring content words of an article (function words between them
 * skipped, never across a line break), packed (see packPair) and sorted: what PairCounts
 * counts per article.
 */
export function contentPairs(tokens: TokenStream, isStop: (key: number) => boolean): Float64Array {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.breaks[i]) prev = -1;
    const k = tokens.keys[i];
    if (isStop(k)) continue;
    if (prev >= 0) out.push(packPair(prev, k));
    prev = k;
  }
  const sorted = Float64Array.from(out).sort();
  let n = 0;
  for (let x = 0; x < sorted.length; x++) if (x === 0 || sorted[x] !== sorted[x - 1]) sorted[n++] = sorted[x];
  return sorted.slice(0, n);
}

/**
 * How many articles of a folder hold each pair of neighbouring content words: counts kept up to
 * date as articles come and go (each article counted by its contentPairs), so the chance model
 * can ask for any pair without a pass over the folder.
 */
export class PairCounts {
  private readonly ids = new PairTable();
  private readonly counts = new Counts();

  /** Counts (delta 1) or uncounts (delta -1) an article's pairs. */
  count(pairs: Float64Array, delta: 1 | -1): void {
    for (const p of pairs) {
      const k1 = Math.floor(p / 2 ** 26);
      this.counts.add(this.ids.add(k1, p - k1 * 2 ** 26), delta);
    }
  }

  /** Articles holding `k2` right after `k1` (see contentPairs). */
  get(k1: number, k2: number): number {
    const id = this.ids.find(k1, k2);
    return id >= 0 ? this.counts.get(id) : 0;
  }
}

/** The values in exactly one of two sorted arrays, passed to `visit`. */
export function forEachDifference(a: ArrayLike<number>, b: ArrayLike<number>, visit: (value: number) => void): void {
  let x = 0;
  let y = 0;
  while (x < a.length || y < b.length) {
    if (y >= b.length || (x < a.length && a[x] < b[y])) visit(a[x++]);
    else if (x >= a.length || b[y] < a[x]) visit(b[y++]);
    else { x++; y++; }
  }
}
