/**
 * Buffers kept between calls for inputs up to SCRATCH_UP_TO units: fresh typed arrays are dear
 * here (each page of them is zeroed the first time it is touched: about 80 µs for the three
 * arrays of a 2,400-character article on the benchmark machine), and some are needed only
 * until the call's result is copied out. Larger inputs get buffers of their own, so no huge
 * one is kept.
 */
export const SCRATCH_UP_TO = 1 << 18;

export class Scratch<T> {
  private kept: T | null = null;

  /** `make(size)` makes buffers of `size` units; `sizeOf` tells how many a set holds (it may have grown). */
  constructor(private readonly make: (size: number) => T, private readonly sizeOf: (buffers: T) => number) {}

  /** Buffers of at least `size` units: the kept ones when they fit. */
  get(size: number): T {
    if (size > SCRATCH_UP_TO) return this.make(size);
    const kept = this.kept;
    if (kept && this.sizeOf(kept) >= size && this.sizeOf(kept) <= SCRATCH_UP_TO) return kept;
    return (this.kept = this.make(Math.min(SCRATCH_UP_TO, 2 * size)));
  }
}
