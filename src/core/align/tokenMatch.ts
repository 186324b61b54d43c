import { compareTwoStrings } from 'string-similarity';
import { PairTable } from '../util/pairTable';

/**
 * Decides whether two words are "the same word" for alignment: the same stem, or, for words
 * of five letters or more with similar length, spellings whose letter-pair (Dice) similarity is
 * at least 0.7. The second rule catches transliteration variants ("Jomart"/"Zhomart",
 * "Yertysbayev"/"Ertysbayev") without pairing "Kazakh" with "Kazakhstan".
 */
export class TokenMatcher {
  /** Pairs of long words already compared (smaller norm id first), and the verdict on each by pair id. */
  private readonly compared = new PairTable();
  private readonly verdicts: boolean[] = [];

  /** `norms`: spelling of each norm id (a lexicon's `norms`, or a worker's copy of it). */
  constructor(private readonly norms: readonly string[]) {}

  /** Whether tokens with these norm ids (and key ids) match. */
  same(normA: number, keyA: number, normB: number, keyB: number): boolean {
    if (keyA === keyB) return true;
    const a = this.norms[normA];
    const b = this.norms[normB];
    if (a.length < 5 || b.length < 5) return false;
    const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
    if (ratio < 0.75) return false;
    const x = Math.min(normA, normB);
    const y = Math.max(normA, normB);
    const known = this.compared.find(x, y);
    if (known >= 0) return this.verdicts[known];
    const hit = compareTwoStrings(a, b) >= 0.7;
    this.verdicts[this.compared.add(x, y)] = hit;
    return hit;
  }
}
