import type { TokenStream } from '../normalize/tokenize';
import type { WordOdds } from './wordOdds';

/** An article's distinct content words: keys sorted, each with the spelling it first has there. */
export interface Vocabulary {
  readonly keys: Int32Array;
  readonly norms: Int32Array;
}

/** The distinct content words of an article (see Vocabulary). */
export function vocabularyOf(tokens: TokenStream, isStop: (key: number) => boolean): Vocabulary {
  const first = new Map<number, number>();
  for (let i = 0; i < tokens.count; i++) {
    const k = tokens.keys[i];
    if (!isStop(k) && !first.has(k)) first.set(k, tokens.norms[i]);
  }
  const keys = Int32Array.from(first.keys()).sort();
  const norms = new Int32Array(keys.length);
  keys.forEach((k, n) => { norms[n] = first.get(k)!; });
  return { keys, norms };
}

/**
 * How alike two articles' vocabularies are: the cosine of their sets of content words, each
 * weighted by how rare it is in the folder (-log10 of its share of articles), so sharing
 * "Tokayev" and "CSTO" counts and sharing "said" and "people" hardly does. `normOf` caches
 * each article's vector length for one state of the counts.
 */
export class VocabularySimilarity {
  private readonly lengths = new Map<Vocabulary, number>();

  constructor(private readonly odds: WordOdds) {}

  private weight(k: number, norm: number): number {
    void k;
    return -Math.log10(this.odds.background(norm));
  }

  private length(v: Vocabulary): number {
    let l = this.lengths.get(v);
    if (l === undefined) {
      let sum = 0;
      for (let n = 0; n < v.keys.length; n++) sum += this.weight(v.keys[n], v.norms[n]) ** 2;
      this.lengths.set(v, (l = Math.sqrt(sum)));
    }
    return l;
  }

  /** Cosine similarity, 0..1. */
  between(a: Vocabulary, b: Vocabulary): number {
    let dot = 0;
    let x = 0;
    let y = 0;
    while (x < a.keys.length && y < b.keys.length) {
      if (a.keys[x] < b.keys[y]) x++;
      else if (a.keys[x] > b.keys[y]) y++;
      else {
        dot += this.weight(a.keys[x], a.norms[x]) * this.weight(b.keys[y], b.norms[y]);
        x++;
        y++;
      }
    }
    const den = this.length(a) * this.length(b);
    return den > 0 ? Math.min(1, dot / den) : 0;
  }
}
