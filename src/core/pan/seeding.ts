import type { Seed } from './types';
import type { SentenceVector } from './weighting';

/**
 * Seeds: every pair of sentences (one per document) whose tf-idf cosine and whose Dice
 * coefficient over distinct stems both pass a threshold. Cosine alone lets one rare shared
 * word carry a pair; Dice alone ignores which words are shared; a rewritten sentence keeps
 * enough of both to pass, an unrelated one rarely passes both.
 *
 * Instead of testing all pairs, the source sentences are indexed by stem and each suspicious
 * sentence accumulates dot products and shared-stem counts only with the sentences it shares
 * a stem with, so the cost follows the overlap, not the product of the sizes.
 */
export function findSeeds(a: readonly SentenceVector[], b: readonly SentenceVector[], minCosine: number, minDice: number): Seed[] {
  const postings = new Map<number, number[]>();
  b.forEach((v, s) => {
    for (let k = 0; k < v.terms.length; k++) {
      // Each posting holds (sentence, index of the term within it) pairs.
      let list = postings.get(v.terms[k]);
      if (!list) postings.set(v.terms[k], (list = []));
      list.push(s, k);
    }
  });
  const dot = new Float64Array(b.length);
  const shared = new Int32Array(b.length);
  const touched: number[] = [];
  const seeds: Seed[] = [];
  a.forEach((v, i) => {
    for (let k = 0; k < v.terms.length; k++) {
      const list = postings.get(v.terms[k]);
      if (!list) continue;
      const w = v.weights[k];
      for (let p = 0; p < list.length; p += 2) {
        const s = list[p];
        if (shared[s] === 0) touched.push(s);
        shared[s]++;
        dot[s] += w * b[s].weights[list[p + 1]];
      }
    }
    touched.sort((x, y) => x - y);
    for (const s of touched) {
      const cos = v.norm > 0 && b[s].norm > 0 ? dot[s] / (v.norm * b[s].norm) : 0;
      const dice = (2 * shared[s]) / (v.terms.length + b[s].terms.length);
      if (cos > minCosine && dice > minDice) seeds.push({ a: i, b: s, cosine: cos, dice });
      dot[s] = 0;
      shared[s] = 0;
    }
    touched.length = 0;
  });
  return seeds;
}
