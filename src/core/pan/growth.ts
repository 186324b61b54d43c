import type { ScoredCase } from './validation';
import { cosine, type SentenceVector } from './weighting';

/**
 * Grows a case over neighbouring sentences that match the other side weakly. Seeding needs a
 * strong sentence match, but once a case is established its neighbours are likely to belong
 * too: heavy rewriting leaves an edge sentence with only a few shared words. A sentence just
 * outside one end of a fragment joins when its cosine with the sentence at the same end of the
 * other fragment (or the one next to it inside) passes `minCosine`; the two sentences just
 * outside the same end of both fragments join together when they match each other with
 * `diagonal`. Only immediate neighbours are tried, one step at a time, so growth stops at
 * the first sentence that nothing supports.
 */
export function growCase(c: ScoredCase, a: readonly SentenceVector[], b: readonly SentenceVector[], minCosine: number, diagonal = minCosine): ScoredCase {
  let { a0, a1, b0, b1 } = c;
  for (let changed = true; changed; ) {
    changed = false;
    // A neighbour joins alone if it matches a sentence already at that end of the other side.
    if (a0 > 0 && bestPartner(a[a0 - 1], b, b0, Math.min(b0 + 1, b1), minCosine) >= 0) { a0--; changed = true; }
    if (a1 < a.length - 1 && bestPartner(a[a1 + 1], b, Math.max(b1 - 1, b0), b1, minCosine) >= 0) { a1++; changed = true; }
    if (b0 > 0 && bestPartner(b[b0 - 1], a, a0, Math.min(a0 + 1, a1), minCosine) >= 0) { b0--; changed = true; }
    if (b1 < b.length - 1 && bestPartner(b[b1 + 1], a, Math.max(a1 - 1, a0), a1, minCosine) >= 0) { b1++; changed = true; }
    // Two neighbours join together if they match each other.
    if (!changed && a0 > 0 && b0 > 0 && cosine(a[a0 - 1], b[b0 - 1]) >= diagonal) { a0--; b0--; changed = true; }
    if (!changed && a1 < a.length - 1 && b1 < b.length - 1 && cosine(a[a1 + 1], b[b1 + 1]) >= diagonal) { a1++; b1++; changed = true; }
  }
  return { ...c, a0, a1, b0, b1 };
}

/** Index in `others[from..to]` of the best match of `v` at or above `min`, or -1. */
function bestPartner(v: SentenceVector, others: readonly SentenceVector[], from: number, to: number, min: number): number {
  let best = -1;
  let bestScore = min;
  for (let k = Math.max(0, from); k <= Math.min(others.length - 1, to); k++) {
    const s = cosine(v, others[k]);
    if (s >= bestScore) { bestScore = s; best = k; }
  }
  return best;
}
