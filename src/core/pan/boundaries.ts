import type { ScoredCase } from './validation';
import type { SentenceVector } from './weighting';

/** Largest number of single-sentence moves tried per case. */
const MAX_MOVES = 40;

/**
 * Adjusts a case's four ends one sentence at a time while that raises the cosine between its
 * two fragments (each the sum of its sentences' tf-idf vectors). Seeds mark only the
 * sentences that were rewritten lightly enough to be recognised: a sentence at the edge of a
 * translated passage may have no seed though it belongs, and a stray seed may stretch a case
 * over a neighbouring sentence that does not. Adding a sentence that shares the other
 * fragment's words raises the cosine, adding or keeping an unrelated one lowers it, so the
 * climb settles where the two fragments correspond best.
 */
export function refineBoundaries(c: ScoredCase, a: readonly SentenceVector[], b: readonly SentenceVector[]): ScoredCase {
  const fa = new Fragment(a, c.a0, c.a1);
  const fb = new Fragment(b, c.b0, c.b1);
  let best = fa.cosine(fb);
  for (let move = 0; move < MAX_MOVES; move++) {
    let bestGain = 1e-9;
    let bestMove: (() => void) | null = null;
    for (const [f, other] of [[fa, fb], [fb, fa]] as const) {
      for (const m of f.moves()) {
        m.apply();
        const s = f.cosine(other);
        m.undo();
        if (s - best > bestGain) {
          bestGain = s - best;
          bestMove = m.apply;
        }
      }
    }
    if (!bestMove) break;
    bestMove();
    best += bestGain;
  }
  return { ...c, a0: fa.from, a1: fa.to, b0: fb.from, b1: fb.to, similarity: best };
}

/** A run of sentences kept as the running sum of their vectors. */
class Fragment {
  readonly sum = new Map<number, number>();

  constructor(private readonly vectors: readonly SentenceVector[], public from: number, public to: number) {
    for (let s = from; s <= to; s++) this.add(s, 1);
  }

  add(s: number, sign: number): void {
    const v = this.vectors[s];
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k];
      const w = (this.sum.get(t) ?? 0) + sign * v.weights[k];
      if (Math.abs(w) < 1e-12) this.sum.delete(t);
      else this.sum.set(t, w);
    }
  }

  /** The four single-sentence moves of this fragment's ends that are possible. */
  moves(): Array<{ apply: () => void; undo: () => void }> {
    const out: Array<{ apply: () => void; undo: () => void }> = [];
    if (this.from > 0) out.push({ apply: () => { this.from--; this.add(this.from, 1); }, undo: () => { this.add(this.from, -1); this.from++; } });
    if (this.to < this.vectors.length - 1) out.push({ apply: () => { this.to++; this.add(this.to, 1); }, undo: () => { this.add(this.to, -1); this.to--; } });
    if (this.to > this.from) {
      out.push({ apply: () => { this.add(this.from, -1); this.from++; }, undo: () => { this.from--; this.add(this.from, 1); } });
      out.push({ apply: () => { this.add(this.to, -1); this.to--; }, undo: () => { this.to++; this.add(this.to, 1); } });
    }
    return out;
  }

  cosine(other: Fragment): number {
    let dot = 0, na = 0, nb = 0;
    for (const [t, w] of this.sum) {
      na += w * w;
      const u = other.sum.get(t);
      if (u !== undefined) dot += w * u;
    }
    for (const w of other.sum.values()) nb += w * w;
    return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  }
}
