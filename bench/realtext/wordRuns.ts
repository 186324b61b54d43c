/**
 * Verbatim word runs, the measure of "the same words" the real-text benchmarks share: the
 * base-paragraph de-duplication (no 8-word run twice), the scorer's "already repeated in the
 * base texts" rule (8 words) and MSRP's "partly copied" rule (5 words).
 *
 * A word is a run of letters and digits, with inner apostrophes ("don't", "car’s"), compared
 * lower-cased with the curly apostrophe folded to a straight one. A run of n words is hashed
 * to one number below 2^53 from two independent 32-bit lanes, so sets of millions of runs
 * stay numbers rather than strings (a false match is about 1 in 10^9 per pair of sets of a
 * thousand runs, and at worst drops one paragraph or counts one pair apart).
 */

/** One word of a text and where it lies (UTF-16 offsets, end exclusive). */
export interface Word {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/** The words of `text` (or of text[from, to)), in order. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    out.push({ key: m[0].toLowerCase().replace(/\u2019/g, "'"), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** A 32-bit FNV-1a hash of a word, with a second seed for the other lane. */
function wordHash(key: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The hash of every run of `n` consecutive words (index i: the run starting at word i).
 * Empty when there are fewer than `n` words.
 */
export function runHashes(keys: readonly string[], n: number): number[] {
  if (keys.length < n) return [];
  const a = keys.map((k) => wordHash(k, 0x811c9dc5));
  const b = keys.map((k) => wordHash(k, 0x9747b28c));
  const out: number[] = [];
  for (let i = 0; i + n <= keys.length; i++) {
    let x = 0x2545f491;
    let y = 0x6c8e9cf5;
    for (let j = i; j < i + n; j++) {
      x = Math.imul(x ^ a[j], 0x9e3779b1) >>> 0;
      x = (x ^ (x >>> 15)) >>> 0;
      y = Math.imul(y ^ b[j], 0x85ebca6b) >>> 0;
      y = (y ^ (y >>> 13)) >>> 0;
    }
    out.push(x * 0x200000 + (y & 0x1fffff));
  }
  return out;
}

/** The set of `n`-word runs of a text. */
export function runSet(text: string, n: number): Set<number> {
  return new Set(runHashes(wordsOf(text).map((w) => w.key), n));
}

/** Whether two texts share a verbatim run of at least `n` words. */
export function sharesRun(a: string, b: string, n: number): boolean {
  const small = runSet(a.length <= b.length ? a : b, n);
  if (small.size === 0) return false;
  for (const h of runHashes(wordsOf(a.length <= b.length ? b : a).map((w) => w.key), n)) if (small.has(h)) return true;
  return false;
}
