import { compareTwoStrings } from 'string-similarity';

/**
 * Decides whether two words are "the same word" for alignment: the same stem, or, for words
 * of five letters or more with similar length, spellings whose letter-pair (Dice) similarity is
 * at least 0.7. The second rule catches transliteration variants ("Jomart"/"Zhomart",
 * "Yertysbayev"/"Ertysbayev") without pairing "Kazakh" with "Kazakhstan".
 */
export class TokenMatcher {
  private readonly cache = new Map<number, boolean>();

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
    const id = normA < normB ? normA * 0x100000 + normB : normB * 0x100000 + normA;
    let hit = this.cache.get(id);
    if (hit === undefined) {
      hit = compareTwoStrings(a, b) >= 0.7;
      this.cache.set(id, hit);
    }
    return hit;
  }
}
