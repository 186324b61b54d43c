/** A count per non-negative integer id, in a typed array that grows as ids come. */
export class Counts {
  private values = new Int32Array(1024);

  /** Adds `delta` to the count of `id`. */
  add(id: number, delta: number): void {
    if (id >= this.values.length) {
      const grown = new Int32Array(Math.max(2 * this.values.length, id + 1));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[id] += delta;
  }

  /** The count of `id` (0 when never counted). */
  get(id: number): number {
    return id < this.values.length ? this.values[id] : 0;
  }
}
