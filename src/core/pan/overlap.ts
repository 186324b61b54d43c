import type { ScoredCase } from './validation';
import { cosine, type SentenceVector } from './weighting';

/**
 * Resolves cases that claim the same suspicious sentences: a passage of the suspicious
 * document was reused from one place, so of two overlapping cases only one is right. Each is
 * scored by how well its suspicious sentences are explained by its own source fragment (for
 * each sentence, its best cosine with a sentence of that fragment): first over the shared
 * sentences, then raised by how well its own remaining sentences match, so a case that also
 * explains more of the text around the overlap wins. Cases are swept in order of their start,
 * the winner of each contest meeting the next overlapping case.
 */
export function resolveOverlaps(cases: readonly ScoredCase[], a: readonly SentenceVector[], b: readonly SentenceVector[]): ScoredCase[] {
  const sorted = [...cases].sort((x, y) => x.a0 - y.a0 || x.a1 - y.a1);
  const out: ScoredCase[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last || c.a0 > last.a1) {
      out.push(c);
      continue;
    }
    const lo = Math.max(last.a0, c.a0);
    const hi = Math.min(last.a1, c.a1);
    const sLast = quality(last, lo, hi, a, b);
    const sC = quality(c, lo, hi, a, b);
    const better = sLast > 0.99 && sC > 0.99 ? (c.a1 - c.a0 > last.a1 - last.a0 ? c : last) : sC > sLast ? c : last;
    out[out.length - 1] = better;
  }
  return out;
}

/** How well the case's source fragment explains its suspicious sentences (see above). */
function quality(c: ScoredCase, lo: number, hi: number, a: readonly SentenceVector[], b: readonly SentenceVector[]): number {
  let inSum = 0, inN = 0, outSum = 0, outN = 0;
  for (let s = c.a0; s <= c.a1; s++) {
    let best = 0;
    for (let t = c.b0; t <= c.b1; t++) best = Math.max(best, cosine(a[s], b[t]));
    if (s >= lo && s <= hi) { inSum += best; inN++; } else { outSum += best; outN++; }
  }
  const inner = inN ? inSum / inN : 0;
  return outN ? inner + (1 - inner) * (outSum / outN) : inner;
}
