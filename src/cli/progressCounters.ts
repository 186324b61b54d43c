/**
 * Progress of a run, counted by the engine thread in shared memory and read by the main
 * thread, which shows it (see progress.ts) without waiting for the engine or a message from
 * it: a busy engine thread still counts, and the main thread stays free for Ctrl+C.
 */

/** Slots of the counters. */
export const Slot = {
  phase: 0,
  filesListed: 1,
  filesRead: 2,
  articles: 3,
  pairsFound: 4,
  pairsAligned: 5,
} as const;

/** What the engine is doing, stored in `Slot.phase`. */
export const Phase = {
  starting: 0,
  listing: 1,
  reading: 2,
  preparing: 3,
  pairing: 4,
  clustering: 5,
  writing: 6,
} as const;

export type Counters = Int32Array;

/** Fresh counters in memory that worker threads can share. */
export function newCounters(): Counters {
  return new Int32Array(new SharedArrayBuffer(8 * Int32Array.BYTES_PER_ELEMENT));
}

/** Sets a counter (no-op without counters). */
export function setCount(c: Counters | undefined, slot: number, value: number): void {
  if (c) Atomics.store(c, slot, value);
}

/** Adds to a counter (no-op without counters). */
export function addCount(c: Counters | undefined, slot: number, n: number): void {
  if (c) Atomics.add(c, slot, n);
}
