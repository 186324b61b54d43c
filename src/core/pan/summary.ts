import type { PanDocument } from './panDocument';
import type { PanRange } from './types';
import type { SentenceVector } from './weighting';

/** Settings of the summary test. */
export interface SummaryOptions {
  /** Shortest and longest summary looked for, in characters. */
  readonly minChars: number;
  readonly maxChars: number;
  /** Lowest cosine between the summary and the whole source. */
  readonly minCosine: number;
  /** The source must be at least this many times longer than the summary. */
  readonly minLengthRatio: number;
  /** Highest cosine of the summary with any one stretch of the source (1.5 times its length). */
  readonly maxLocal: number;
  /** Least share of the source spanned by the seeds of the summary's sentences. */
  readonly minSpan: number;
}

/** A possible summary: its span and how it resembles the source. */
export interface SummaryCandidate {
  readonly range: PanRange;
  /** Cosine with the whole source. */
  readonly cosine: number;
  /** Best cosine with one stretch of the source up to 1.5 times its length. */
  readonly local: number;
}

/** Most sentences a summary window may hold. */
const MAX_SENTENCES = 12;

/**
 * Looks for a summary of the whole source inside the suspicious document. A summary takes a
 * little from everywhere in its source, so sentence-to-sentence similarity is weak, but the
 * summary as a whole resembles the source as a whole. So: the window of consecutive
 * suspicious sentences most similar (cosine of summed tf-idf vectors) to the entire source;
 * it is a summary if that similarity is high, the source is much longer than the window, and
 * the window does not resemble one stretch of the source much more than the whole (that
 * would be a rewritten passage, which the sentence-level cases report better).
 *
 * Both searches are incremental: a window grows one sentence at a time, and its dot product
 * with a fixed vector is the sum of its sentences' dot products, while its squared length is
 * updated term by term.
 */
export function findSummary(
  a: PanDocument,
  va: readonly SentenceVector[],
  b: PanDocument,
  vb: readonly SentenceVector[],
  o: SummaryOptions,
): SummaryCandidate | null {
  const whole = new Map<number, number>();
  for (const v of vb) for (let k = 0; k < v.terms.length; k++) whole.set(v.terms[k], (whole.get(v.terms[k]) ?? 0) + v.weights[k]);
  let wholeNorm = 0;
  for (const w of whole.values()) wholeNorm += w * w;
  wholeNorm = Math.sqrt(wholeNorm);
  if (wholeNorm === 0) return null;

  const best = bestWindow(a, va, whole, o.minChars, o.maxChars);
  if (!best || best.dot / (best.norm * wholeNorm) < o.minCosine) return null;
  const range = { start: a.sentences[best.from].start, end: a.sentences[best.to].end };
  if (b.text.length < o.minLengthRatio * (range.end - range.start)) return null;

  const summary = best.vector;
  const local = bestWindow(b, vb, summary, 1, 1.5 * (range.end - range.start));
  return {
    range,
    cosine: best.dot / (best.norm * wholeNorm),
    local: local ? local.dot / (local.norm * best.norm) : 0,
  };
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
