import { finish } from '../util/steps';

/** Seeds shared by two documents: flat (i, j) word positions, sorted by i then j. */
export interface PairSeeds {
  readonly a: number;
  readonly b: number;
  readonly seeds: Int32Array;
}

/** A shingle repeated more often than this within one article is not used (lists, refrains). */
export const MAX_REPEATS = 8;

/** Earlier documents a shingle position is paired with at most (see forEachPairSeeds). */
export const MAX_PARTNERS = 16;

/**
 * Finds, for every pair of documents that share shingles, the positions they share, without
 * looking at pairs that share nothing. First the document frequency of every shingle is taken
 * from one hash table of typed arrays (see usefulShingleIds); shingles found in one document
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
  finish(pairSeedSteps(shingles, maxDocumentFrequency, minSeeds, visit, Infinity));
}

/** forEachPairSeeds, yielding after the shingle ids and the postings are made, then after every `every` documents. */
export function* pairSeedSteps(
  shingles: readonly Uint32Array[], maxDocumentFrequency: number, minSeeds: number, visit: (pair: PairSeeds) => void, every: number,
): Generator<void, void> {
  // Dense ids for the useful shingles, then each document as an array of ids (-1: not useful,
  // or repeated more than MAX_REPEATS times within that document).
  const { ids, count: useful } = usefulShingleIds(shingles, maxDocumentFrequency);
  const repeats = new Int32Array(useful);
  for (const row of ids) dropRepeats(row, repeats);
  if (every !== Infinity) yield;
  // Postings as one typed table (CSR): room for the positions of the first MAX_PARTNERS
  // documents holding each shingle, the only ones a later document is paired with.
  const docsSeen = new Int32Array(useful);
  const lastDoc = new Int32Array(useful).fill(-1);
  const offsets = new Int32Array(useful + 1);
  ids.forEach((row, doc) => {
    for (let j = 0; j < row.length; j++) {
      const u = row[j];
      if (u < 0) continue;
      if (lastDoc[u] !== doc) { lastDoc[u] = doc; docsSeen[u]++; }
      if (docsSeen[u] <= MAX_PARTNERS) offsets[u + 1]++;
    }
  });
  for (let u = 0; u < useful; u++) offsets[u + 1] += offsets[u];
  const postDoc = new Int32Array(offsets[useful]);
  const postPos = new Int32Array(offsets[useful]);
  const fill = offsets.slice(0, useful);
  docsSeen.fill(0);
  lastDoc.fill(-1);
  // Per earlier document a: seeds shared with the current b, and where they go in `keys`.
  const count = new Int32Array(shingles.length);
  const at = new Int32Array(shingles.length);
  const partners = new Int32Array(shingles.length);
  if (every !== Infinity) yield;
  for (let b = 0; b < ids.length; b++) {
    if (b > 0 && b % every === 0) yield;
    const row = ids[b];
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
      const seeds = unpackSeeds(keys.subarray(from, from + c).sort());
      from += c;
      visit({ a, b, seeds });
    }
  }
}

/** Seed positions are packed as i * POSITION + j. */
const POSITION = 2 ** 26;

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

/**
 * Each document's shingles as dense ids of the useful ones (held by at least two and at most
 * `maxDf` documents; -1 otherwise). Document frequencies come from one pass over an
 * open-addressing table of hashes (typed arrays, about two slots per shingle position), which
 * also remembers each position's slot, so no second lookup is needed.
 */
function usefulShingleIds(shingles: readonly Uint32Array[], maxDf: number): { ids: Int32Array[]; count: number } {
  let total = 0;
  for (const s of shingles) total += s.length;
  let size = 1024;
  while (size < 1.5 * total) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size); // 0: empty (hash 0 marks a shingle of function words, never stored)
  const df = new Int32Array(size);
  const last = new Int32Array(size).fill(-1);
  const ids = shingles.map((hashes, doc) => {
    const row = new Int32Array(hashes.length);
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j];
      if (h === 0) { row[j] = -1; continue; }
      let k = h & mask; // hashes are already well mixed
      while (keys[k] !== 0 && keys[k] !== h) k = (k + 1) & mask;
      keys[k] = h;
      if (last[k] !== doc) { last[k] = doc; df[k]++; }
      row[j] = k;
    }
    return row;
  });
  const idOfSlot = last; // reused: slot -> dense id, or -1
  let count = 0;
  for (let k = 0; k < size; k++) idOfSlot[k] = keys[k] !== 0 && df[k] >= 2 && df[k] <= maxDf ? count++ : -1;
  for (const row of ids) for (let j = 0; j < row.length; j++) if (row[j] >= 0) row[j] = idOfSlot[row[j]];
  return { ids, count };
}

/** Seeds shared by two hash arrays (the two-document case), sorted by i then j. */
export function seedsBetween(ha: Uint32Array, hb: Uint32Array): Int32Array {
  const found = pairSeeds([ha, hb], Infinity, 0);
  return found.length ? found[0].seeds : new Int32Array(0);
}

/**
 * Flat (i, j) pairs sorted by i, then j; with `swap`, each pair is read as (j, i). Sorted as
 * packed numbers, as the batch index does (see POSITION).
 */
export function sortSeeds(flat: readonly number[], swap = false): Int32Array {
  const keys = new Float64Array(flat.length / 2);
  for (let k = 0; k < keys.length; k++) {
    const i = flat[2 * k + (swap ? 1 : 0)];
    const j = flat[2 * k + (swap ? 0 : 1)];
    keys[k] = i * POSITION + j;
  }
  return unpackSeeds(keys.sort());
}

/** Packed seeds (i * POSITION + j), in order, as flat (i, j) pairs. */
function unpackSeeds(keys: Float64Array): Int32Array {
  const seeds = new Int32Array(2 * keys.length);
  for (let x = 0; x < keys.length; x++) {
    const i = Math.floor(keys[x] / POSITION);
    seeds[2 * x] = i;
    seeds[2 * x + 1] = keys[x] - i * POSITION;
  }
  return seeds;
}
