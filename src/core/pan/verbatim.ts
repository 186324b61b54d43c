import type { TokenStream } from '../normalize/tokenize';

/** A run of identical words: `length` words from word `a` of one text and `b` of the other. */
export interface WordRun {
  readonly a: number;
  readonly b: number;
  readonly length: number;
}

/** Shortest run looked for: shorter coincidences ("one of the most") are common. */
const K = 4;

/**
 * Every maximal run of at least four identical (normalised) words shared by two texts.
 * Word 4-grams of `b` are hashed to their positions; `a` is walked from left to right and
 * each hit is extended forward while the words agree. Since `a` is walked in order, a run is
 * always first met at its left end, and the end reached on each diagonal (offset `a - b`)
 * is remembered so the inside of a run is not extended again. Hash collisions cost only a
 * failed comparison: a run counts only after its words were compared one by one.
 */
export function commonRuns(x: TokenStream, y: TokenStream): WordRun[] {
  const a = x.norms;
  const b = y.norms;
  const index = new Map<number, number[]>();
  for (let j = 0; j + K <= b.length; j++) {
    const h = gramHash(b, j);
    const list = index.get(h);
    if (list) list.push(j);
    else index.set(h, [j]);
  }
  const reached = new Map<number, number>();
  const runs: WordRun[] = [];
  for (let i = 0; i + K <= a.length; i++) {
    const list = index.get(gramHash(a, i));
    if (!list) continue;
    for (const j of list) {
      const diagonal = i - j;
      if ((reached.get(diagonal) ?? -1) > i) continue;
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      if (n >= K) {
        runs.push({ a: i, b: j, length: n });
        reached.set(diagonal, i + n);
      }
    }
  }
  return runs;
}

function gramHash(ids: Int32Array, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < K; k++) h = Math.imul(h ^ ids[at + k], 0x01000193);
  return h;
}
