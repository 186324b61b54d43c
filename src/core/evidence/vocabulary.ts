import type { WordOdds } from './wordOdds';
import { MatchSide, properName } from './wording';

/**
 * An article's distinct content words: keys sorted, each with the spelling it first has there
 * and whether the article writes it as a name somewhere.
 */
export interface Vocabulary {
  readonly keys: Int32Array;
  readonly norms: Int32Array;
  /** 1 for a name, else 0. */
  readonly names: Int32Array;
}

/** The distinct content words of an article (see Vocabulary). */
export function vocabularyOf(side: MatchSide, isStop: (key: number) => boolean): Vocabulary {
  const { tokens } = side;
  const first = new Map<number, number>();
  const named = new Set<number>();
  for (let i = 0; i < tokens.count; i++) {
    const k = tokens.keys[i];
    if (isStop(k)) continue;
    if (!first.has(k)) first.set(k, tokens.norms[i]);
    if (!named.has(k) && properName(side, i)) named.add(k);
  }
  // The three arrays are views of one buffer: a folder holds one vocabulary per article, and
  // each buffer of its own costs more than the few hundred bytes most of them hold.
  const n = first.size;
  const all = new Int32Array(3 * n);
  const keys = all.subarray(0, n);
  keys.set([...first.keys()].sort((x, y) => x - y));
  const norms = all.subarray(n, 2 * n);
  const names = all.subarray(2 * n);
  keys.forEach((k, n) => {
    norms[n] = first.get(k)!;
    names[n] = named.has(k) ? 1 : 0;
  });
  return { keys, norms, names };
}

/** How much more a name counts than another word of the same rarity in VocabularySimilarity. */
const NAME_WEIGHT = 2;

/**
 * How alike two articles' vocabularies are: the cosine of their sets of content words, each
 * weighted by how rare it is in English at large (-log10 of its background share, so the
 * figure does not move as the folder grows), names NAME_WEIGHT times more: sharing "Tokayev"
 * and "CSTO" says two articles report one story, sharing "chocolate" and "cream" only one
 * subject, and "said" and "people" hardly anything.
 */
export class VocabularySimilarity {
  private readonly lengths = new WeakMap<Vocabulary, number>();
  /** Cosines already taken, by the pair of vocabularies (the weights never change). */
  private readonly cosines = new WeakMap<Vocabulary, WeakMap<Vocabulary, number>>();

  constructor(private readonly odds: WordOdds) {}

  private weight(v: Vocabulary, n: number): number {
    return -Math.log10(this.odds.background(v.norms[n])) * (v.names[n] ? NAME_WEIGHT : 1);
  }

  private length(v: Vocabulary): number {
    let l = this.lengths.get(v);
    if (l === undefined) {
      let sum = 0;
      for (let n = 0; n < v.keys.length; n++) sum += this.weight(v, n) ** 2;
      this.lengths.set(v, (l = Math.sqrt(sum)));
    }
    return l;
  }

  /** Cosine similarity, 0..1. */
  between(a: Vocabulary, b: Vocabulary): number {
    let byB = this.cosines.get(a);
    if (!byB) this.cosines.set(a, (byB = new WeakMap()));
    let cos = byB.get(b);
    if (cos === undefined) byB.set(b, (cos = this.cosine(a, b)));
    return cos;
  }

  private cosine(a: Vocabulary, b: Vocabulary): number {
    let dot = 0;
    let x = 0;
    let y = 0;
    while (x < a.keys.length && y < b.keys.length) {
      if (a.keys[x] < b.keys[y]) x++;
      else if (a.keys[x] > b.keys[y]) y++;
      else {
        dot += this.weight(a, x) * this.weight(b, y);
        x++;
        y++;
      }
    }
    const den = this.length(a) * this.length(b);
    return den > 0 ? Math.min(1, dot / den) : 0;
  }
}
