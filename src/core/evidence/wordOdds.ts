import { Counts } from '../util/counts';
import { backgroundShare } from './background';

/**
 * Pseudo-articles of background text mixed into a folder's own counts: a folder of five
 * articles says little about how rare a word is, one of two thousand says much.
 */
const BACKGROUND_ARTICLES = 100;
/** Pseudo-counts pulling a word's share after another word towards its share anywhere. */
const PAIR_PRIOR = 4;

/**
 * How common words are in a folder, for the chance model: the number of articles holding each
 * word (by stem key), mixed with a background share (see backgroundShare), and the chance that
 * a word follows another given how many articles hold the two as neighbours (see PairCounts).
 * Counts are exact for the folder's current articles, so the same articles give the same
 * figures however they arrived.
 */
export class WordOdds {
  private readonly keyDf = new Counts();
  private articles = 0;
  private readonly shares: number[] = [];

  constructor(private readonly norms: readonly string[]) {}

  /** Counts (delta 1) or uncounts (delta -1) an article's distinct content keys. */
  count(distinctKeys: Int32Array, delta: 1 | -1): void {
    this.articles += delta;
    for (const k of distinctKeys) this.keyDf.add(k, delta);
  }

  /** Articles in the folder. */
  get size(): number {
    return this.articles;
  }

  /** Articles holding key `k`. */
  df(k: number): number {
    return this.keyDf.get(k);
  }

  /** Background share of the word with norm id `norm` (see backgroundShare), cached. */
  background(norm: number): number {
    let s = this.shares[norm];
    if (s === undefined) this.shares[norm] = s = backgroundShare(this.norms[norm]);
    return s;
  }

  /**
   * Chance that an article other than the two linked ones (both holding the word) holds key
   * `k`, whose spelling in the linking article is `norm`.
   */
  share(k: number, norm: number): number {
    const others = Math.max(0, this.df(k) - 2);
    const n = Math.max(0, this.articles - 2);
    return (others + BACKGROUND_ARTICLES * this.background(norm)) / (n + BACKGROUND_ARTICLES);
  }

  /**
   * Chance that `k2` follows `k1` in an article other than the two linked ones, given that
   * it holds `k1`: the pair's count over the first word's, pulled towards `k2`'s share.
   */
  follows(k1: number, k2: number, norm2: number, pairDf: number): number {
    const first = Math.max(0, this.df(k1) - 2);
    const both = Math.min(first, Math.max(0, pairDf - 2));
    return (both + PAIR_PRIOR * this.share(k2, norm2)) / (first + PAIR_PRIOR);
  }
}
