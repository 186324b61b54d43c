import type { TokenStream } from '../normalize/tokenize';
import type { PanDocument } from './panDocument';
import type { PanDetection } from './types';

/** A run of identical words: `length` words from word `a` of one text and `b` of the other. */
export interface WordRun {
  readonly a: number;
  readonly b: number;
  readonly length: number;
}

/** Shortest run looked for: shorter coincidences ("one of the most") are common. */
const K = 4;
/** A 4-gram more frequent than this in `b` is boilerplate; runs are picked up past it. */
const MAX_POSTINGS = 64;

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
    if (!list || list.length > MAX_POSTINGS) continue;
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

/** Words two runs of a verbatim copy may be apart and still be reported as one passage. */
const JOIN_WORDS = 5;
/** Runs shorter than this are chance phrases, not pieces of a copy. */
const PIECE_WORDS = 6;

/**
 * The passages of a verbatim copy, or none if the pair is not one. A pair is a verbatim copy
 * when it shares a run of at least `minRunChars` characters; a chance match that long is
 * implausible, while every copied passage yields one. Its passages are then the common runs,
 * neighbouring runs joined (a copy may break where the two texts tokenise a word
 * differently), longest first, each kept only if it overlaps none already kept on either
 * side: a repeated sentence matches every copy of itself, but the copy is the longest run.
 */
export function verbatimPassages(a: PanDocument, b: PanDocument, minRunChars: number, minChars: number): PanDetection[] {
  const x = a.tokens;
  const y = b.tokens;
  const runs = commonRuns(x, y);
  if (!runs.some((r) => x.ends[r.a + r.length - 1] - x.starts[r.a] >= minRunChars)) return [];
  const pieces = runs.filter((r) => r.length >= PIECE_WORDS).sort((p, q) => p.a - q.a || p.b - q.b);
  const joined: Array<{ a0: number; a1: number; b0: number; b1: number }> = [];
  for (const r of pieces) {
    const last = joined[joined.length - 1];
    if (last) {
      const ga = r.a - last.a1;
      const gb = r.b - last.b1;
      if (ga >= 0 && ga <= JOIN_WORDS && gb >= 0 && gb <= JOIN_WORDS) {
        last.a1 = r.a + r.length;
        last.b1 = r.b + r.length;
        continue;
      }
    }
    joined.push({ a0: r.a, a1: r.a + r.length, b0: r.b, b1: r.b + r.length });
  }
  const candidates = joined
    .map((j) => withPunctuation(a.text, b.text, {
      a: { start: x.starts[j.a0], end: x.ends[j.a1 - 1] },
      b: { start: y.starts[j.b0], end: y.ends[j.b1 - 1] },
    }))
    .filter((d) => d.a.end - d.a.start >= minChars && d.b.end - d.b.start >= minChars)
    .sort((p, q) => q.a.end - q.a.start - (p.a.end - p.a.start));
  const out: PanDetection[] = [];
  for (const d of candidates) {
    const clash = out.some((k) => (k.a.start < d.a.end && d.a.start < k.a.end) || (k.b.start < d.b.end && d.b.start < k.b.end));
    if (!clash) out.push(d);
  }
  return out.sort((p, q) => p.a.start - q.a.start);
}

/** Widens a verbatim match over punctuation both texts share right after its last word. */
function withPunctuation(ta: string, tb: string, d: PanDetection): PanDetection {
  let ea = d.a.end;
  let eb = d.b.end;
  while (ea < ta.length && eb < tb.length && ta[ea] === tb[eb] && /[^\s\p{L}\p{N}]/u.test(ta[ea])) {
    ea++;
    eb++;
  }
  return { a: { start: d.a.start, end: ea }, b: { start: d.b.start, end: eb } };
}
