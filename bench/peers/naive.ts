/**
 * Peer (b), the naive approach: split every article into sentences and score every pair of
 * sentences from different articles with `string-similarity`'s compareTwoStrings (Dice
 * coefficient on character bigrams); a pair at or above the threshold is a detection. The
 * work grows with the square of the number of sentences, so the run stops at a time cap and
 * says how far it got.
 */
import { compareTwoStrings } from 'string-similarity';
import type { DetectedGroup } from '../truth/detections';
import { splitSentences } from './sentenceSplit';

export interface NaiveResult {
  readonly sentences: number;
  readonly pairsTotal: number;
  readonly pairsCompared: number;
  readonly capped: boolean;
  readonly wallSeconds: number;
  /** Projected time for all pairs, from the rate measured. */
  readonly projectedSeconds: number;
  readonly groups: DetectedGroup[];
}

export interface NaiveOptions {
  /** Lowest score that counts as a match (default 0.7). */
  readonly threshold?: number;
  /** Stop after this many milliseconds (default 120 000). */
  readonly capMs?: number;
  /** Sentences shorter than this many characters are ignored (default 30). */
  readonly minChars?: number;
}

export function runNaive(articles: ReadonlyArray<{ path: string; text: string }>, options: NaiveOptions = {}): NaiveResult {
  const threshold = options.threshold ?? 0.7;
  const capMs = options.capMs ?? 120_000;
  const minChars = options.minChars ?? 30;
  const items: Array<{ doc: number; path: string; start: number; end: number; text: string }> = [];
  articles.forEach((a, doc) => {
    for (const s of splitSentences(a.text)) {
      if (s.end - s.start >= minChars) items.push({ doc, path: a.path, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) });
    }
  });
  const n = items.length;
  let sameDoc = 0;
  const perDoc = new Map<number, number>();
  for (const it of items) perDoc.set(it.doc, (perDoc.get(it.doc) ?? 0) + 1);
  for (const c of perDoc.values()) sameDoc += (c * (c - 1)) / 2;
  const pairsTotal = (n * (n - 1)) / 2 - sameDoc;

  const groups: DetectedGroup[] = [];
  const t0 = performance.now();
  let compared = 0;
  let capped = false;
  outer: for (let i = 0; i < n; i++) {
    const a = items[i];
    for (let j = i + 1; j < n; j++) {
      const b = items[j];
      if (b.doc === a.doc) continue;
      compared++;
      if (compareTwoStrings(a.text, b.text) >= threshold) {
        groups.push({ members: [{ path: a.path, start: a.start, end: a.end }, { path: b.path, start: b.start, end: b.end }] });
      }
    }
    if (performance.now() - t0 > capMs) {
      capped = i < n - 1;
      break outer;
    }
  }
  const wallSeconds = (performance.now() - t0) / 1000;
  return {
    sentences: n,
    pairsTotal,
    pairsCompared: compared,
    capped,
    wallSeconds,
    projectedSeconds: compared > 0 ? (wallSeconds * pairsTotal) / compared : 0,
    groups,
  };
}
