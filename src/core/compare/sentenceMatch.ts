import type { Article } from '../input/article';
import type { Sentence } from '../segment/sentences';
import { tokensWithin } from '../match/quotePhrases';
import { lcsInto } from '../align/lcs';

/** A sentence with its word range. */
export interface Unit {
  readonly sentence: Sentence;
  readonly from: number;
  readonly to: number;
}

/** A left and a right unit judged to be versions of one sentence. */
export interface UnitPair {
  readonly left: number;
  readonly right: number;
  readonly similarity: number;
}

/** Sentences of an article that hold at least one word. */
export function unitsOf(article: Article, sentences: readonly Sentence[]): Unit[] {
  const out: Unit[] = [];
  for (const s of sentences) {
    const span = tokensWithin(article, s.start, s.end);
    if (span) out.push({ sentence: s, from: span.start, to: span.end });
  }
  return out;
}

/**
 * Sentence pairs carried by reused passages: each left sentence with at least `minWords` of
 * its words inside a passage is paired with the right sentence holding the passage's
 * corresponding point (the passage is read as a straight line from its start to its end).
 */
export function passagePairs(
  lu: readonly Unit[], ru: readonly Unit[],
  regions: ReadonlyArray<{ aStart: number; aEnd: number; bStart: number; bEnd: number; similarity: number }>, minWords: number,
): UnitPair[] {
  const out: UnitPair[] = [];
  for (const g of regions) {
    lu.forEach((u, l) => {
      const from = Math.max(u.from, g.aStart);
      const to = Math.min(u.to, g.aEnd);
      if (to - from < Math.min(minWords, u.to - u.from)) return;
      const mid = (from + to) / 2;
      const at = g.bStart + ((mid - g.aStart) * (g.bEnd - g.bStart)) / Math.max(1, g.aEnd - g.aStart);
      const r = ru.findIndex((v) => v.from <= at && at < v.to);
      if (r >= 0) out.push({ left: l, right: r, similarity: g.similarity });
    });
  }
  return out;
}

/** Above this many words a sentence is compared as a bag of words rather than by LCS. */
const LCS_LIMIT = 400;
/** A word found in more sentences than this is no help in finding candidate pairs. */
const MAX_POSTINGS = 60;

/**
 * Pairs each left sentence with at most one right sentence. Candidates are sentences that
 * share a content word (through an inverted index, skipping very common words); each is
 * scored 2·LCS/(|a|+|b|) over word keys with fuzzy equality; then pairs are taken greedily
 * from the most similar down, each sentence used once. Greedy is enough here: reprints rarely
 * offer two equally good partners, and it keeps the result independent of tie order.
 */
export function matchUnits(
  left: Article, lu: readonly Unit[], right: Article, ru: readonly Unit[],
  same: (i: number, j: number) => boolean, isStop: (key: number) => boolean, minSimilarity: number,
  sharedPassages: readonly UnitPair[] = [],
): UnitPair[] {
  const postings = new Map<number, number[]>();
  ru.forEach((u, r) => {
    const seen = new Set<number>();
    for (let t = u.from; t < u.to; t++) {
      const key = right.tokens.keys[t];
      if (isStop(key) || seen.has(key)) continue;
      seen.add(key);
      const list = postings.get(key);
      if (list) list.push(r);
      else postings.set(key, [r]);
    }
  });
  const scored: UnitPair[] = [];
  lu.forEach((u, l) => {
    const candidates = new Set<number>();
    for (let t = u.from; t < u.to; t++) {
      const list = postings.get(left.tokens.keys[t]);
      if (list && list.length <= MAX_POSTINGS) for (const r of list) candidates.add(r);
    }
    for (const r of candidates) {
      const sim = similarity(left, u, right, ru[r], same);
      if (sim >= minSimilarity) scored.push({ left: l, right: r, similarity: sim });
    }
  });
  // Sentences that carry a passage the aligner found are versions of each other even when
  // the rest of the sentence was rewritten; their pair competes with its passage's similarity.
  scored.push(...sharedPassages);
  scored.sort((x, y) => y.similarity - x.similarity || x.left - y.left || x.right - y.right);
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const out: UnitPair[] = [];
  for (const p of scored) {
    if (usedL.has(p.left) || usedR.has(p.right)) continue;
    usedL.add(p.left);
    usedR.add(p.right);
    // A row's score is how alike the two sentences are, whatever paired them.
    out.push({ left: p.left, right: p.right, similarity: similarity(left, lu[p.left], right, ru[p.right], same) });
  }
  return out.sort((x, y) => x.left - y.left);
}

function similarity(left: Article, a: Unit, right: Article, b: Unit, same: (i: number, j: number) => boolean): number {
  const la = a.to - a.from;
  const lb = b.to - b.from;
  let common: number;
  if (la <= LCS_LIMIT && lb <= LCS_LIMIT) {
    common = lcsInto(a.from, a.to, b.from, b.to, same, [], []);
  } else {
    const bag = new Map<number, number>();
    for (let t = b.from; t < b.to; t++) bag.set(right.tokens.keys[t], (bag.get(right.tokens.keys[t]) ?? 0) + 1);
    common = 0;
    for (let t = a.from; t < a.to; t++) {
      const k = left.tokens.keys[t];
      const c = bag.get(k) ?? 0;
      if (c > 0) { common++; bag.set(k, c - 1); }
    }
  }
  return (2 * common) / (la + lb);
}
