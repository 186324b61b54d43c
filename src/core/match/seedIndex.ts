/** Seeds shared by two documents: flat (i, j) word positions, sorted by i then j. */
export interface PairSeeds {
  readonly a: number;
  readonly b: number;
  readonly seeds: Int32Array;
}

const DOC_BITS = 2 ** 21; // room for two million documents beside a 32-bit hash
/** A shingle repeated more often than this within one article is not used (lists, refrains). */
export const MAX_REPEATS = 8;

/**
 * Finds, for every pair of documents that share shingles, the positions they share, without
 * looking at pairs that share nothing. First the document frequency of every shingle is taken
 * from one sorted typed array of (shingle, document) entries; shingles found in one document
 * only, or in more than `maxDocumentFrequency` (boilerplate: bylines, comment footers), are
 * dropped. Then documents are read in order, each useful shingle position is paired with the
 * earlier positions of the same shingle, and the new position is added to the postings. The
 * work is the number of shared positions, which follows the amount of reuse rather than N².
 */
export function pairSeeds(shingles: readonly Uint32Array[], maxDocumentFrequency: number, minSeeds: number): PairSeeds[] {
  const useful = usefulShingles(shingles, maxDocumentFrequency);
  const postings = new Map<number, number[]>(); // hash -> flat [doc, pos, doc, pos, ...]
  const byPair = new Map<number, number[]>();
  const n = shingles.length;
  shingles.forEach((hashes, b) => {
    const repeats = new Map<number, number>();
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j];
      if (h !== 0 && useful.has(h)) repeats.set(h, (repeats.get(h) ?? 0) + 1);
    }
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j];
      const count = repeats.get(h);
      if (count === undefined || count > MAX_REPEATS) continue;
      let list = postings.get(h);
      if (list) {
        for (let k = 0; k < list.length; k += 2) {
          const a = list[k];
          if (a === b) continue;
          const key = a * n + b;
          const seeds = byPair.get(key);
          if (seeds) seeds.push(list[k + 1], j);
          else byPair.set(key, [list[k + 1], j]);
        }
      } else {
        list = [];
        postings.set(h, list);
      }
      list.push(b, j);
    }
  });
  const out: PairSeeds[] = [];
  for (const [key, flat] of byPair) {
    if (flat.length / 2 < minSeeds) continue;
    out.push({ a: Math.floor(key / n), b: key % n, seeds: sortSeeds(flat) });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Shingles held by at least two and at most `maxDf` documents. */
function usefulShingles(shingles: readonly Uint32Array[], maxDf: number): Set<number> {
  let total = 0;
  const uniques = shingles.map((s) => {
    const u = Uint32Array.from(new Set(s));
    total += u.length;
    return u;
  });
  const entries = new Float64Array(total);
  let at = 0;
  uniques.forEach((u, doc) => {
    for (let i = 0; i < u.length; i++) if (u[i] !== 0) entries[at++] = u[i] * DOC_BITS + doc;
  });
  const sorted = entries.subarray(0, at).sort();
  const useful = new Set<number>();
  let i = 0;
  while (i < sorted.length) {
    const hash = Math.floor(sorted[i] / DOC_BITS);
    let j = i + 1;
    while (j < sorted.length && Math.floor(sorted[j] / DOC_BITS) === hash) j++;
    if (j - i >= 2 && j - i <= maxDf) useful.add(hash);
    i = j;
  }
  return useful;
}

/** Seeds shared by two hash arrays (the two-document case), sorted by i then j. */
export function seedsBetween(ha: Uint32Array, hb: Uint32Array): Int32Array {
  const found = pairSeeds([ha, hb], Infinity, 0);
  return found.length ? found[0].seeds : new Int32Array(0);
}

function sortSeeds(flat: number[]): Int32Array {
  const count = flat.length / 2;
  const idx = new Int32Array(count);
  for (let k = 0; k < count; k++) idx[k] = k;
  idx.sort((x, y) => flat[2 * x] - flat[2 * y] || flat[2 * x + 1] - flat[2 * y + 1]);
  const out = new Int32Array(flat.length);
  for (let k = 0; k < count; k++) {
    out[2 * k] = flat[2 * idx[k]];
    out[2 * k + 1] = flat[2 * idx[k] + 1];
  }
  return out;
}
