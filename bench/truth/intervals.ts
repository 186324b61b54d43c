/** Small helpers on half-open integer intervals [start, end). */
export type Interval = readonly [number, number];

/** Total length of the union of the intervals. */
export function unionLength(intervals: readonly Interval[]): number {
  const sorted = intervals.filter(([s, e]) => e > s).slice().sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curS = 0;
  let curE = -Infinity;
  for (const [s, e] of sorted) {
    if (s > curE) {
      if (curE > curS) total += curE - curS;
      curS = s;
      curE = e;
    } else if (e > curE) {
      curE = e;
    }
  }
  if (curE > curS) total += curE - curS;
  return total;
}

/** The part of [s, e) inside [lo, hi), or null. */
export function clip(s: number, e: number, lo: number, hi: number): Interval | null {
  const a = Math.max(s, lo);
  const b = Math.min(e, hi);
  return b > a ? [a, b] : null;
}

/** Spans of one document, sorted by start, for overlap queries. */
export class SpanIndex<T extends { start: number; end: number }> {
  private readonly byPath = new Map<string, T[]>();
  private readonly maxLen = new Map<string, number>();

  constructor(items: Iterable<T & { path: string }>) {
    for (const it of items) {
      const list = this.byPath.get(it.path);
      if (list) list.push(it);
      else this.byPath.set(it.path, [it]);
      this.maxLen.set(it.path, Math.max(this.maxLen.get(it.path) ?? 0, it.end - it.start));
    }
    for (const list of this.byPath.values()) list.sort((a, b) => a.start - b.start);
  }

  /** Items of `path` that overlap [start, end). */
  overlapping(path: string, start: number, end: number): T[] {
    const list = this.byPath.get(path);
    if (!list) return [];
    const reach = this.maxLen.get(path)!;
    // First item whose start could still reach `start`.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < start - reach) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < list.length && list[i].start < end; i++) {
      if (list[i].end > start) out.push(list[i]);
    }
    return out;
  }
}
