import type { PanDocument } from './panDocument';
import type { PanRange, Seed } from './types';
import type { SentenceVector } from './weighting';

/** Settings of the summary test. */
export interface SummaryOptions {
  readonly enabled: boolean;
  /** Shortest and longest summary looked for, in characters. */
  readonly minChars: number;
  readonly maxChars: number;
  /** Lowest cosine between the summary and the whole source. */
  readonly minCosine: number;
  /** The source must be at least this many times longer than the summary. */
  readonly minLengthRatio: number;
  /**
   * Lowest ratio of the summary's cosine with the whole source to its best cosine with one
   * stretch of the source up to 1.5 times its length.
   */
  readonly minSpread: number;
  /** Least share of the source spanned by the seeds of the summary's sentences. */
  readonly minSpan: number;
}

/** Most sentences a summary window may hold. */
const MAX_SENTENCES = 12;
/** The stretch of source a rewritten passage would come from: this many times its length. */
const STRETCH = 1.5;

/**
 * Looks for a summary of the whole source inside the suspicious document and returns its
 * span, or null. A summary takes a little from everywhere in its source, so sentence-to-
 * sentence similarity is weak, but the summary as a whole resembles the source as a whole.
 * The candidate is the window of consecutive suspicious sentences most similar (cosine of
 * summed tf-idf vectors) to the entire source. It is taken for a summary when:
 * - that similarity is high and the source is several times longer than the window;
 * - the window resembles the whole source nearly as much as the best single stretch of it
 *   (a rewritten passage resembles its own stretch far more than the whole);
 * - the seeds of its sentences reach over a large share of the source (a rewritten passage
 *   draws on one place).
 *
 * Both window searches are incremental: a window grows one sentence at a time, its dot
 * product with a fixed vector is the sum of its sentences' dot products, and its squared
 * length is updated term by term.
 */
export function findSummary(
  a: PanDocument,
  va: readonly SentenceVector[],
  b: PanDocument,
  vb: readonly SentenceVector[],
  seeds: readonly Seed[],
  o: SummaryOptions,
): PanRange | null {
  const whole = new Map<number, number>();
  for (const v of vb) for (let k = 0; k < v.terms.length; k++) whole.set(v.terms[k], (whole.get(v.terms[k]) ?? 0) + v.weights[k]);
  let wholeNorm = 0;
  for (const w of whole.values()) wholeNorm += w * w;
  wholeNorm = Math.sqrt(wholeNorm);
  if (wholeNorm === 0) return null;

  const best = bestWindow(a, va, whole, o.minChars, o.maxChars);
  if (!best) return null;
  const cosine = best.dot / (best.norm * wholeNorm);
  const range = { start: a.sentences[best.from].start, end: a.sentences[best.to].end };
  if (cosine < o.minCosine || b.text.length < o.minLengthRatio * (range.end - range.start)) return null;

  const stretch = bestWindow(b, vb, best.vector, 1, STRETCH * (range.end - range.start));
  const local = stretch ? stretch.dot / (stretch.norm * best.norm) : 0;
  if (local > 0 && cosine / local < o.minSpread) return null;

  let lo = Infinity;
  let hi = -1;
  for (const s of seeds) {
    if (s.a >= best.from && s.a <= best.to) {
      lo = Math.min(lo, b.sentences[s.b].start);
      hi = Math.max(hi, b.sentences[s.b].end);
    }
  }
  return hi > lo && (hi - lo) / b.text.length >= o.minSpan ? range : null;
}

interface Window {
  from: number;
  to: number;
  dot: number;
  norm: number;
  vector: Map<number, number>;
}

/** The run of consecutive sentences, within the length limits, of highest cosine with `target`. */
function bestWindow(d: PanDocument, vs: readonly SentenceVector[], target: Map<number, number>, minChars: number, maxChars: number): Window | null {
  const dots = vs.map((v) => {
    let s = 0;
    for (let k = 0; k < v.terms.length; k++) s += v.weights[k] * (target.get(v.terms[k]) ?? 0);
    return s;
  });
  let best: Window | null = null;
  let bestScore = 0;
  for (let i = 0; i < vs.length; i++) {
    const acc = new Map<number, number>();
    let sq = 0;
    let dot = 0;
    for (let j = i; j < vs.length && j < i + MAX_SENTENCES; j++) {
      const len = d.sentences[j].end - d.sentences[i].start;
      if (len > maxChars) break;
      const v = vs[j];
      for (let k = 0; k < v.terms.length; k++) {
        const old = acc.get(v.terms[k]) ?? 0;
        const now = old + v.weights[k];
        acc.set(v.terms[k], now);
        sq += now * now - old * old;
      }
      dot += dots[j];
      if (len < minChars || sq <= 0) continue;
      const score = dot / Math.sqrt(sq);
      if (score > bestScore) {
        bestScore = score;
        best = { from: i, to: j, dot, norm: Math.sqrt(sq), vector: new Map(acc) };
      }
    }
  }
  return best;
}
