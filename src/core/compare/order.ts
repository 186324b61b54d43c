/**
 * Indices (into `values`) of one longest strictly increasing subsequence, by patience
 * sorting in O(n log n). Used to tell which matched sentences keep their order in the right
 * article (the rest have moved). Ties resolve to the earliest positions, so the answer does
 * not depend on anything but the values.
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let at = tails.length ? tails[tails.length - 1] : -1; at >= 0; at = prev[at]) keep.add(at);
  return keep;
}
