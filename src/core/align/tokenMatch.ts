import { compareTwoStrings } from 'string-similarity';

/**
 * Decides whether two words are "the same word" for alignment: the same stem, or, for words
 * of five letters or more with similar length, spellings whose letter-pair (Dice) similarity is
 * at least 0.7. The second rule catches transliteration variants ("Jomart"/"Zhomart",
 * "Yertysbayev"/"Ertysbayev") without pairing "Kazakh" with "Kazakhstan".
 */
export class TokenMatcher {
  /** Verdicts on pairs of long words already compared: an open-addressing table. */
  private lo = new Int32Array(1024).fill(-1);
  private hi = new Int32Array(1024);
  private verdict = new Uint8Array(1024);
  private filled = 0;

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
    const x = normA < normB ? normA : normB;
    const y = normA < normB ? normB : normA;
    const mask = this.lo.length - 1;
    let k = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
    while (this.lo[k] !== -1) {
      if (this.lo[k] === x && this.hi[k] === y) return this.verdict[k] === 1;
      k = (k + 1) & mask;
    }
    const hit = compareTwoStrings(a, b) >= 0.7;
    this.lo[k] = x;
    this.hi[k] = y;
    this.verdict[k] = hit ? 1 : 0;
    if (++this.filled * 2 > this.lo.length) this.grow();
    return hit;
  }

  private grow(): void {
    const { lo, hi, verdict } = this;
    this.lo = new Int32Array(lo.length * 2).fill(-1);
    this.hi = new Int32Array(lo.length * 2);
    this.verdict = new Uint8Array(lo.length * 2);
    const mask = this.lo.length - 1;
    for (let s = 0; s < lo.length; s++) {
      if (lo[s] === -1) continue;
      let k = (Math.imul(lo[s], 0x9e3779b1) ^ Math.imul(hi[s], 0x85ebca6b)) & mask;
      while (this.lo[k] !== -1) k = (k + 1) & mask;
      this.lo[k] = lo[s];
      this.hi[k] = hi[s];
      this.verdict[k] = verdict[s];
    }
  }
}
