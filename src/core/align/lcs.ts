/**
 * Longest common subsequence of two short index ranges under a caller's equality: appends the
 * matched indices to `is` and `js` (in order, no pair objects) and returns how many matched.
 * Used on the small gaps between shingle seeds and between sentence words, so the quadratic
 * table stays tiny (the callers bound both ranges).
 */
export function lcsInto(
  aFrom: number, aTo: number, bFrom: number, bTo: number,
  same: (i: number, j: number) => boolean, is: number[], js: number[],
): number {
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  if (n <= 0 || m <= 0) return 0;
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = same(aFrom + i, bFrom + j)
        ? table[(i + 1) * w + j + 1] + 1
        : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(aFrom + i, bFrom + j) && table[i * w + j] === table[(i + 1) * w + j + 1] + 1) {
      is.push(aFrom + i);
      js.push(bFrom + j);
      count++;
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return count;
}
