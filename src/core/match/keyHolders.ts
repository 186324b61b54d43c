import { HolderList } from './holderList';

/**
 * Which articles hold each word key: for every key id below `keyCount`, the holders whose
 * tokens use it, as lists in one typed array (CSR), in the order the holders were given. Built
 * once, like ShingleHolders, and changed only by forgetting holders; keys interned later have
 * no list.
 */
export class KeyHolders<T extends object> extends HolderList<T> {
  private readonly first: Int32Array;
  private readonly holder: Int32Array;

  constructor(holders: readonly T[], keysOf: (holder: T) => Int32Array, readonly keyCount: number) {
    super(holders);
    const first = new Int32Array(keyCount + 1);
    const last = new Int32Array(keyCount).fill(-1);
    holders.forEach((t, id) => {
      for (const k of keysOf(t)) if (k < keyCount && last[k] !== id) { last[k] = id; first[k + 1]++; }
    });
    for (let k = 0; k < keyCount; k++) first[k + 1] += first[k];
    const fill = first.slice(0, keyCount);
    const holder = new Int32Array(first[keyCount]);
    last.fill(-1);
    holders.forEach((t, id) => {
      for (const k of keysOf(t)) if (k < keyCount && last[k] !== id) { last[k] = id; holder[fill[k]++] = id; }
    });
    this.first = first;
    this.holder = holder;
  }

  /** How many holders use key `k`. */
  count(k: number): number {
    return k < this.keyCount ? this.first[k + 1] - this.first[k] : 0;
  }

  /** Calls `visit` with each holder of key `k`, in the order given (forgotten ones left out). */
  forEach(k: number, visit: (holder: T) => void): void {
    if (k >= this.keyCount) return;
    for (let x = this.first[k]; x < this.first[k + 1]; x++) {
      const t = this.holders[this.holder[x]];
      if (t !== null) visit(t);
    }
  }
}
