/** Seeds shared by two documents: flat (i, j) word positions, sorted by i then j. */
export interface PairSeeds {
  readonly a: number;
  readonly b: number;
  readonly seeds: Int32Array;
}

const DOC_BITS = 2 ** 21; // room for two million documents beside a 32-bit hash
/** A shingle repeated more often than this within one article is not used (lists, refrains). */
export const MAX_REPEATS = 8;

/** Earlier documents a shingle position is paired with at most (see forEachPairSeeds). */
export const MAX_PARTNERS = 16;

/**
 * Finds, for every pair of documents that share shingles, the positions they share, without
 * looking at pairs that share nothing. First the document frequency of every shingle is taken
 * from one sorted typed array of (shingle, document) entries; shingles found in one document
 * only, or in more than `maxDocumentFrequency` (boilerplate: bylines, comment footers), are
 * dropped. Then documents are read in order: each useful position of document b is paired
 * with the earlier positions of the same shingle, and the pairs (a, b) with at least
 * `minSeeds` seeds are handed to `visit` as soon as b is done, so no table of all pairs is
 * ever held. A shingle shared by many articles (a wire story reprinted everywhere) pairs each
 * new article with the first MAX_PARTNERS earlier ones only: a star instead of a clique, which
 * clustering joins all the same, at a cost that grows with the reuse present, not with N².
 */
export function forEachPairSeeds(
  shingles: readonly Uint32Array[], maxDocumentFrequency: number, minSeeds: number, visit: (pair: PairSeeds) => void,
): void {
  const useful = usefulShingles(shingles, maxDocumentFrequency);
  const postings = new Map<number, number[]>(); // hash -> flat [doc, pos, doc, pos, ...]
  shingles.forEach((hashes, b) => {
    const repeats = new Map<number, number>();
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j];
      if (h !== 0 && useful.has(h)) repeats.set(h, (repeats.get(h) ?? 0) + 1);
    }
    const byPartner = new Map<number, number[]>();
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j];
      const count = repeats.get(h);
      if (count === undefined || count > MAX_REPEATS) continue;
      let list = postings.get(h);
      if (!list) {
        list = [];
        postings.set(h, list);
      }
      let partners = 0;
      let lastDoc = -1;
      for (let k = 0; k < list.length; k += 2) {
        const a = list[k];
        if (a === b) continue;
        if (a !== lastDoc) {
          if (++partners > MAX_PARTNERS) break;
          lastDoc = a;
        }
        const seeds = byPartner.get(a);
        if (seeds) seeds.push(list[k + 1], j);
        else byPartner.set(a, [list[k + 1], j]);
      }
      // Later documents look at the first MAX_PARTNERS documents only, so keep no more.
      if (partners < MAX_PARTNERS || list[list.length - 2] === b) list.push(b, j);
    }
    const partnersInOrder = [...byPartner.keys()].sort((x, y) => x - y);
    for (const a of partnersInOrder) {
      const flat = byPartner.get(a)!;
      if (flat.length / 2 >= minSeeds) visit({ a, b, seeds: sortSeeds(flat) });
    }
  });
}

/** All pairs at once (see forEachPairSeeds); for small inputs. */
export function pairSeeds(shingles: readonly Uint32Array[], maxDocumentFrequency: number, minSeeds: number): PairSeeds[] {
  const out: PairSeeds[] = [];
  forEachPairSeeds(shingles, maxDocumentFrequency, minSeeds, (p) => out.push(p));
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
