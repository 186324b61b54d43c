import { HolderList } from './holderList';

/**
 * Where each shingle appears across many articles: every (holder, position) of a non-zero
 * shingle hash, grouped by the hash's top bits, so the holders of one shingle are found by
 * reading one small bucket instead of every article's hashes. Typed arrays only, 12 bytes an
 * entry: about 1.6 million entries (19 MB) at 2,000 generated articles, 16 million (190 MB)
 * at 20,000.
 *
 * The index is built once; a session asks it about the holders it was built from, forgets
 * those that are replaced or removed (so they can be let go) and builds it anew after many
 * such changes (see AlignmentSession.set).
 */
export class ShingleHolders<T extends object> extends HolderList<T> {
  private readonly shift: number;
  /** Start of each bucket in the entry columns; bucket b is [first[b], first[b + 1]). */
  private readonly first: Int32Array;
  private readonly hash: Uint32Array;
  private readonly holder: Int32Array;
  private readonly pos: Int32Array;

  /** `hashesOf` gives a holder's shingle hashes by position (30-bit, 0 for none: see shingleHashes). */
  constructor(holders: readonly T[], hashesOf: (holder: T) => Uint32Array) {
    super(holders);
    let total = 0;
    for (const t of holders) for (const h of hashesOf(t)) if (h !== 0) total++;
    // About eight entries a bucket.
    let bits = 10;
    while (bits < 24 && 8 << bits < total) bits++;
    this.shift = 30 - bits;
    const first = new Int32Array((1 << bits) + 1);
    for (const t of holders) for (const h of hashesOf(t)) if (h !== 0) first[(h >>> this.shift) + 1]++;
    for (let b = 0; b < 1 << bits; b++) first[b + 1] += first[b];
    const fill = first.slice(0, 1 << bits);
    this.hash = new Uint32Array(total);
    this.holder = new Int32Array(total);
    this.pos = new Int32Array(total);
    holders.forEach((t, id) => {
      const hashes = hashesOf(t);
      for (let i = 0; i < hashes.length; i++) {
        const h = hashes[i];
        if (h === 0) continue;
        const k = fill[h >>> this.shift]++;
        this.hash[k] = h;
        this.holder[k] = id;
        this.pos[k] = i;
      }
    });
    this.first = first;
  }

  /**
   * Calls `visit` for every place shingle `h` appears, by holder (in the order given), then
   * position; but when more than `limit` holders (not forgotten) hold it, visits nothing and
   * returns false. Counting stops there, so a shingle of page furniture held by thousands of
   * articles costs `limit` steps, not thousands.
   */
  forEach(h: number, visit: (holder: T, pos: number) => void, limit = Infinity): boolean {
    const b = h >>> this.shift;
    const from = this.first[b];
    const to = this.first[b + 1];
    if (limit !== Infinity) {
      // A holder's places of one shingle are consecutive among the shingle's entries.
      let holders = 0;
      let last = -1;
      for (let k = from; k < to; k++) {
        if (this.hash[k] !== h || this.holder[k] === last) continue;
        last = this.holder[k];
        if (this.holders[last] !== null && ++holders > limit) return false;
      }
    }
    for (let k = from; k < to; k++) {
      if (this.hash[k] !== h) continue;
      const t = this.holders[this.holder[k]];
      if (t !== null) visit(t, this.pos[k]);
    }
    return true;
  }
}
