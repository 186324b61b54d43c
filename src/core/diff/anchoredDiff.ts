import { diffChars } from 'diff';
import { longestIncreasing } from '../compare/order';

/** One run of jsdiff's answer: symbols both sides share, or symbols only one side has. */
export interface SymbolChange {
  readonly value: string;
  readonly added?: boolean;
  readonly removed?: boolean;
}

/** Below this many symbols a diff runs in one piece. */
const ANCHOR_FROM = 1_000;

/**
 * Myers' diff of two symbol strings (one code unit per word). Myers is O(N·D): fine for a
 * sentence, slow for a long article. Long inputs are first cut at anchors, as patience diff
 * does: symbols found exactly once in each text, kept where their order agrees (a longest
 * increasing subsequence). Between two anchors the texts are short and diffed on their own,
 * all within one shared time budget; `undefined` when the budget or the edit bound runs out.
 */
export function anchoredDiff(a: string, b: string, maxEditLength: number, timeoutMs: number): SymbolChange[] | undefined {
  if (a.length + b.length < ANCHOR_FROM) return diffChars(a, b, { maxEditLength, timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  const once = (t: string) => {
    const seen = new Map<number, number>();
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      seen.set(c, seen.has(c) ? -1 : i);
    }
    return seen;
  };
  const inA = once(a);
  const inB = once(b);
  const pairs: Array<[number, number]> = [];
  for (const [c, i] of inA) {
    const j = inB.get(c);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const keep = longestIncreasing(pairs.map((p) => p[1]));
  const anchors = pairs.filter((_, k) => keep.has(k));
  anchors.push([a.length, b.length]);
  const out: SymbolChange[] = [];
  let i0 = 0;
  let j0 = 0;
  for (const [i, j] of anchors) {
    const sa = a.slice(i0, i);
    const sb = b.slice(j0, j);
    if (sa && sb) {
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      const part = diffChars(sa, sb, { maxEditLength, timeout: left });
      if (!part) return undefined;
      out.push(...part);
    } else if (sa) out.push({ value: sa, removed: true });
    else if (sb) out.push({ value: sb, added: true });
    if (i < a.length) out.push({ value: a[i] });
    i0 = i + 1;
    j0 = j + 1;
  }
  return out;
}
