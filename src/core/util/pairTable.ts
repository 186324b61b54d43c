/**
 * Dense ids for pairs of non-negative integers, 0, 1, 2… in the order pairs are added: an
 * open-addressing table of typed arrays, for hot loops where a Map keyed by a string or a
 * large number would cost more than the work it indexes.
 */
export class PairTable {
  private first = new Int32Array(64).fill(-1);
  private second = new Int32Array(64);
  private ids = new Int32Array(64);
  size = 0;

  /** Id of the pair, added when new. */
  add(a: number, b: number): number {
    const found = this.find(a, b);
    if (found >= 0) return found;
    if (2 * (this.size + 1) > this.first.length) this.grow();
    this.put(a, b, this.size);
    return this.size++;
  }

  /** Id of the pair, or -1. */
  find(a: number, b: number): number {
    const mask = this.first.length - 1;
    for (let k = PairTable.slot(a, b, mask); this.first[k] !== -1; k = (k + 1) & mask) {
      if (this.first[k] === a && this.second[k] === b) return this.ids[k];
    }
    return -1;
  }

  private put(a: number, b: number, id: number): void {
    const mask = this.first.length - 1;
    let k = PairTable.slot(a, b, mask);
    while (this.first[k] !== -1) k = (k + 1) & mask;
    this.first[k] = a;
    this.second[k] = b;
    this.ids[k] = id;
  }

  private grow(): void {
    const { first, second, ids } = this;
    this.first = new Int32Array(first.length * 2).fill(-1);
    this.second = new Int32Array(first.length * 2);
    this.ids = new Int32Array(first.length * 2);
    for (let k = 0; k < first.length; k++) if (first[k] !== -1) this.put(first[k], second[k], ids[k]);
  }

  private static slot(a: number, b: number, mask: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) & mask;
  }
}
