import { packPair } from './pairCounts';
import type { Wording } from './wording';
import type { MatchedWords } from './wording';

interface Cached {
  readonly wording: Wording;
  /** Articles in the folder when it was weighed. */
  readonly articles: number;
  /** Content word keys and neighbour pairs (packed) its weight depends on. */
  readonly keys: Int32Array;
  readonly pairs: Float64Array;
}

/**
 * Wordings (see wordingEvidence) kept between results of a session. A match's weight depends on
 * the folder only through the number of articles and the counts of its own words and word
 * pairs, so after an edit only the matches using a word or pair whose count changed are
 * weighed again (adding or removing an article changes the number of articles: then all are).
 * Owners are the objects matches belong to (a link, a member's comparison with its origin),
 * held weakly.
 */
export class EvidenceCache {
  private cached = new WeakMap<object, Cached>();
  /**
   * Off for a session whose result is made once (the command line's): nothing is edited
   * afterwards, so wordings are not kept (at 100,000 small articles they held 100 MB).
   */
  keepsWordings = true;
  private readonly dirtyKeys = new Set<number>();
  private readonly dirtyPairs = new Set<number>();

  /** A word's count of holders changed (an article holding it was set or removed). */
  keyChanged(key: number): void {
    this.dirtyKeys.add(key);
  }

  /** A neighbour pair's count of holders changed (packed, see packPair). */
  pairChanged(pair: number): void {
    this.dirtyPairs.add(pair);
  }

  /**
   * The wording of `owner`'s match in a folder of `articles` articles: the cached one unless
   * something it depends on changed, else `weigh`'s.
   */
  wording(owner: object, match: () => MatchedWords, articles: number, isStop: (key: number) => boolean, weigh: (m: MatchedWords) => Wording): Wording {
    if (!this.keepsWordings) return weigh(match());
    const c = this.cached.get(owner);
    if (c && c.articles === articles && !this.touches(c)) return c.wording;
    const m = match();
    const wording = weigh(m);
    this.cached.set(owner, { wording, articles, ...dependencies(m, isStop) });
    return wording;
  }

  /** A fact about `owner` that never changes (its longest verbatim run, say), computed once. */
  fixed<T>(owner: object, name: string, compute: () => T): T {
    let facts = this.facts.get(name);
    if (!facts) this.facts.set(name, (facts = new WeakMap()));
    let value = facts.get(owner) as T | undefined;
    if (value === undefined) facts.set(owner, (value = compute()));
    return value;
  }

  /** Facts by name, then by owner. */
  private readonly facts = new Map<string, WeakMap<object, unknown>>();

  /** Called once a result is made: every cached wording is current again. */
  settled(): void {
    this.dirtyKeys.clear();
    this.dirtyPairs.clear();
  }

  private touches(c: Cached): boolean {
    if (this.dirtyKeys.size > 0) for (const k of c.keys) if (this.dirtyKeys.has(k)) return true;
    if (this.dirtyPairs.size > 0) for (const p of c.pairs) if (this.dirtyPairs.has(p)) return true;
    return false;
  }
}

/** The content keys (on both sides) and neighbour pairs (of side a) a match's wording reads. */
function dependencies(m: MatchedWords, isStop: (key: number) => boolean): { keys: Int32Array; pairs: Float64Array } {
  const keys: number[] = [];
  const pairs: number[] = [];
  const ka = m.a.tokens.keys;
  const kb = m.b.tokens.keys;
  let prev = -1;
  for (let x = 0; x < m.pairs.length; x += 2) {
    const k = ka[m.pairs[x]];
    if (isStop(k)) continue;
    keys.push(k);
    if (kb[m.pairs[x + 1]] !== k) keys.push(kb[m.pairs[x + 1]]);
    // Every pair of successive matched content words may be read as a run step.
    if (prev >= 0) pairs.push(packPair(prev, k));
    prev = k;
  }
  return { keys: Int32Array.from(keys), pairs: Float64Array.from(pairs) };
}
