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
  // Dense ids for the useful shingles, then each document as an array of ids (-1: not useful,
  // or repeated more than MAX_REPEATS times within that document).
  const useful = usefulShingles(shingles, maxDocumentFrequency);
  const idOf = new ShingleIds(useful);
  const repeats = new Int32Array(useful.length);
  const ids = shingles.map((hashes) => {
    const out = new Int32Array(hashes.length);
    for (let j = 0; j < hashes.length; j++) out[j] = hashes[j] === 0 ? -1 : idOf.get(hashes[j]);
    return dropRepeats(out, repeats);
  });
  // Postings as one typed table (CSR): room for the positions of the first MAX_PARTNERS
  // documents holding each shingle, the only ones a later document is paired with.
  const docsSeen = new Int32Array(useful.length);
  const lastDoc = new Int32Array(useful.length).fill(-1);
  const offsets = new Int32Array(useful.length + 1);
  ids.forEach((row, doc) => {
    for (let j = 0; j < row.length; j++) {
      const u = row[j];
      if (u < 0) continue;
      if (lastDoc[u] !== doc) { lastDoc[u] = doc; docsSeen[u]++; }
      if (docsSeen[u] <= MAX_PARTNERS) offsets[u + 1]++;
    }
  });
  for (let u = 0; u < useful.length; u++) offsets[u + 1] += offsets[u];
  const postDoc = new Int32Array(offsets[useful.length]);
  const postPos = new Int32Array(offsets[useful.length]);
  const fill = offsets.slice(0, useful.length);
  docsSeen.fill(0);
  lastDoc.fill(-1);
  // Per earlier document a: seeds shared with the current b, and where they go in `keys`.
  const count = new Int32Array(shingles.length);
  const at = new Int32Array(shingles.length);
  const partners = new Int32Array(shingles.length);
  ids.forEach((row, b) => {
    // Count first, so the seeds of each pair worth aligning land in one typed array.
    let n = 0;
    for (let j = 0; j < row.length; j++) {
      const u = row[j];
      if (u < 0) continue;
      for (let k = offsets[u]; k < fill[u]; k++) if (count[postDoc[k]]++ === 0) partners[n++] = postDoc[k];
    }
    const found = partners.subarray(0, n).sort();
    let total = 0;
    for (const a of found) {
      if (count[a] >= minSeeds) { at[a] = total; total += count[a]; } else at[a] = -1;
    }
    // Each seed as one number, i * 2^26 + j, so a plain numeric sort puts them in (i, j)
    // order (articles are capped well below 2^26 words; see MAX_ARTICLE_CHARS).
    const keys = new Float64Array(total);
    if (total > 0) {
      for (let j = 0; j < row.length; j++) {
        const u = row[j];
        if (u < 0) continue;
        for (let k = offsets[u]; k < fill[u]; k++) {
          const a = postDoc[k];
          if (at[a] >= 0) keys[at[a]++] = postPos[k] * POSITION + j;
        }
      }
    }
    for (let j = 0; j < row.length; j++) {
      const u = row[j];
      if (u < 0) continue;
      if (lastDoc[u] !== b) { lastDoc[u] = b; docsSeen[u]++; }
      if (docsSeen[u] <= MAX_PARTNERS) { postDoc[fill[u]] = b; postPos[fill[u]] = j; fill[u]++; }
    }
    let from = 0;
    for (const a of found) {
      const c = count[a];
      count[a] = 0;
      if (c < minSeeds) continue;
      const own = keys.subarray(from, from + c).sort();
      from += c;
      const seeds = new Int32Array(2 * c);
      for (let x = 0; x < c; x++) {
        const i = Math.floor(own[x] / POSITION);
        seeds[2 * x] = i;
        seeds[2 * x + 1] = own[x] - i * POSITION;
      }
      visit({ a, b, seeds });
    }
  });
}

/** Seed positions are packed as i * POSITION + j. */
const POSITION = 2 ** 26;

/** Shingle hash to dense id (-1: not a useful shingle): an open-addressing table. */
class ShingleIds {
  private readonly hashes: Uint32Array;
  private readonly ids: Int32Array;
  private readonly mask: number;

  constructor(useful: Uint32Array) {
    let size = 16;
    while (size < 2 * useful.length) size *= 2;
    this.hashes = new Uint32Array(size);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
    useful.forEach((h, id) => {
      let k = h & this.mask;
      while (this.hashes[k] !== 0) k = (k + 1) & this.mask;
      this.hashes[k] = h;
      this.ids[k] = id;
    });
  }

  /** Id of a non-zero hash, or -1. */
  get(h: number): number {
    for (let k = h & this.mask; this.hashes[k] !== 0; k = (k + 1) & this.mask) if (this.hashes[k] === h) return this.ids[k];
    return -1;
  }
}

/** Marks (-1) ids that occur more than MAX_REPEATS times in one document's row; `counts` is all zeros and is left so. */
function dropRepeats(row: Int32Array, counts: Int32Array): Int32Array {
  const repeated: number[] = [];
  for (const u of row) if (u >= 0 && ++counts[u] === MAX_REPEATS + 1) repeated.push(u);
  if (repeated.length) for (let j = 0; j < row.length; j++) if (row[j] >= 0 && counts[row[j]] > MAX_REPEATS) row[j] = -1;
  for (const u of row) if (u >= 0) counts[u] = 0;
  for (const u of repeated) counts[u] = 0;
  return row;
}

/** All pairs at once (see forEachPairSeeds); for small inputs. */
export function pairSeeds(shingles: readonly Uint32Array[], maxDocumentFrequency: number, minSeeds: number): PairSeeds[] {
  const out: PairSeeds[] = [];
  forEachPairSeeds(shingles, maxDocumentFrequency, minSeeds, (p) => out.push(p));
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Shingles held by at least two and at most `maxDf` documents, sorted. */
function usefulShingles(shingles: readonly Uint32Array[], maxDf: number): Uint32Array {
  const uniques = shingles.map((s) => {
    const sorted = s.slice().sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (sorted[i] !== 0 && (n === 0 || sorted[i] !== sorted[n - 1])) sorted[n++] = sorted[i];
    return sorted.subarray(0, n);
  });
  let total = 0;
  for (const u of uniques) total += u.length;
  const entries = new Float64Array(total);
  let at = 0;
  uniques.forEach((u, doc) => {
    for (let i = 0; i < u.length; i++) entries[at++] = u[i] * DOC_BITS + doc;
  });
  entries.sort();
  const useful: number[] = [];
  let i = 0;
  while (i < entries.length) {
    const hash = Math.floor(entries[i] / DOC_BITS);
    let j = i + 1;
    while (j < entries.length && Math.floor(entries[j] / DOC_BITS) === hash) j++;
    if (j - i >= 2 && j - i <= maxDf) useful.push(hash);
    i = j;
  }
  return Uint32Array.from(useful);
}

/** Seeds shared by two hash arrays (the two-document case), sorted by i then j. */
export function seedsBetween(ha: Uint32Array, hb: Uint32Array): Int32Array {
  const found = pairSeeds([ha, hb], Infinity, 0);
  return found.length ? found[0].seeds : new Int32Array(0);
}

/** Flat (i, j) pairs sorted by i, then j. */
export function sortSeeds(flat: number[]): Int32Array {
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
