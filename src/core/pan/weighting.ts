import type { PanDocument } from './panDocument';

/** A sentence as a sparse weighted vector: ascending stem ids, their weights, its length. */
export interface SentenceVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  readonly norm: number;
}

/**
 * tf-idf over the sentences of the two documents being compared: a stem's weight in a
 * sentence is its count there times log(N / n), N the number of sentences in both documents
 * and n how many of them contain it. Treating the pair as the whole collection makes the
 * weights local: a word both articles use everywhere ("Hamlet" in two essays on Hamlet) counts
 * for little, while a word shared by only the reused sentences counts for much, which is
 * exactly what tells a reused sentence from a merely on-topic one.
 */
export function weighPair(a: PanDocument, b: PanDocument): { a: SentenceVector[]; b: SentenceVector[] } {
  const df = new Map<number, number>();
  for (const doc of [a, b]) {
    for (const terms of doc.terms) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const total = a.terms.length + b.terms.length;
  const weigh = (doc: PanDocument): SentenceVector[] =>
    doc.terms.map((terms, s) => {
      const counts = doc.counts[s];
      const weights = new Float64Array(terms.length);
      let sq = 0;
      for (let k = 0; k < terms.length; k++) {
        const w = counts[k] * Math.log(total / df.get(terms[k])!);
        weights[k] = w;
        sq += w * w;
      }
      return { terms, weights, norm: Math.sqrt(sq) };
    });
  return { a: weigh(a), b: weigh(b) };
}

/** Cosine of two sparse vectors given as ascending term lists (0 when either is empty). */
export function cosine(x: SentenceVector, y: SentenceVector): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < x.terms.length && j < y.terms.length) {
    const d = x.terms[i] - y.terms[j];
    if (d === 0) dot += x.weights[i++] * y.weights[j++];
    else if (d < 0) i++;
    else j++;
  }
  return dot / (x.norm * y.norm);
}

/** The sum of the vectors of sentences `from`..`to` (inclusive): a fragment as one bag. */
export function sumVectors(vectors: readonly SentenceVector[], from: number, to: number): SentenceVector {
  const acc = new Map<number, number>();
  for (let s = from; s <= to; s++) {
    const v = vectors[s];
    for (let k = 0; k < v.terms.length; k++) acc.set(v.terms[k], (acc.get(v.terms[k]) ?? 0) + v.weights[k]);
  }
  const terms = Int32Array.from([...acc.keys()].sort((p, q) => p - q));
  const weights = new Float64Array(terms.length);
  let sq = 0;
  for (let k = 0; k < terms.length; k++) {
    weights[k] = acc.get(terms[k])!;
    sq += weights[k] * weights[k];
  }
  return { terms, weights, norm: Math.sqrt(sq) };
}
