import { lcsInto } from '../align/lcs';
import { longestIncreasing } from '../compare/order';

/** Largest LCS table aligned in one piece; longer stretches are cut at anchors first. */
const MAX_CELLS = 40_000;

/**
 * Aligns two word ranges, a[aFrom, aTo) and b[bFrom, bTo), and returns the matched pairs, flat
 * (i, j) in reading order. Short ranges get an exact longest common subsequence under `same`;
 * long ones (a whole reprinted article) are first cut at anchors, words found exactly once
 * in each range whose positions agree in order (patience diff's idea), and the pieces between
 * anchors are aligned the same way, so the cost stays near linear for near-copies. A piece
 * still too large after that (two long unrelated stretches) is matched along its diagonal.
 */
export function alignSpans(
  keysA: ArrayLike<number>, aFrom: number, aTo: number, keysB: ArrayLike<number>, bFrom: number, bTo: number,
  same: (i: number, j: number) => boolean,
): Int32Array {
  const is: number[] = [];
  const js: number[] = [];
  piece(keysA, aFrom, aTo, keysB, bFrom, bTo, same, is, js);
  const out = new Int32Array(2 * is.length);
  for (let n = 0; n < is.length; n++) { out[2 * n] = is[n]; out[2 * n + 1] = js[n]; }
  return out;
}

function piece(
  keysA: ArrayLike<number>, a0: number, a1: number, keysB: ArrayLike<number>, b0: number, b1: number,
  same: (i: number, j: number) => boolean, is: number[], js: number[],
): void {
  // Equal words at both ends are matched straight away.
  while (a0 < a1 && b0 < b1 && keysA[a0] === keysB[b0]) { is.push(a0++); js.push(b0++); }
  const tailI: number[] = [];
  const tailJ: number[] = [];
  while (a1 > a0 && b1 > b0 && keysA[a1 - 1] === keysB[b1 - 1]) { tailI.push(--a1); tailJ.push(--b1); }
  if (a1 > a0 && b1 > b0) {
    if ((a1 - a0) * (b1 - b0) <= MAX_CELLS) {
      lcsInto(a0, a1, b0, b1, same, is, js);
    } else {
      const anchors = uniqueAnchors(keysA, a0, a1, keysB, b0, b1);
      if (anchors.length === 0) {
        diagonal(a0, a1, b0, b1, same, is, js);
      } else {
        let ca = a0;
        let cb = b0;
        for (const [i, j] of anchors) {
          piece(keysA, ca, i, keysB, cb, j, same, is, js);
          is.push(i);
          js.push(j);
          ca = i + 1;
          cb = j + 1;
        }
        piece(keysA, ca, a1, keysB, cb, b1, same, is, js);
      }
    }
  }
  for (let n = tailI.length - 1; n >= 0; n--) { is.push(tailI[n]); js.push(tailJ[n]); }
}

/** Words found once in each range, as (i, j), reduced to the longest run increasing in both. */
function uniqueAnchors(keysA: ArrayLike<number>, a0: number, a1: number, keysB: ArrayLike<number>, b0: number, b1: number): Array<[number, number]> {
  const inA = new Map<number, number>();
  for (let i = a0; i < a1; i++) inA.set(keysA[i], inA.has(keysA[i]) ? -1 : i);
  const inB = new Map<number, number>();
  for (let j = b0; j < b1; j++) inB.set(keysB[j], inB.has(keysB[j]) ? -1 : j);
  const pairs: Array<[number, number]> = [];
  for (let i = a0; i < a1; i++) {
    const k = keysA[i];
    if (inA.get(k) !== i) continue;
    const j = inB.get(k);
    if (j !== undefined && j >= 0) pairs.push([i, j]);
  }
  const keep = longestIncreasing(pairs.map((p) => p[1]));
  return pairs.filter((_, n) => keep.has(n));
}

/** Matches word for word along the diagonal: the last resort for a huge, anchorless piece. */
function diagonal(a0: number, a1: number, b0: number, b1: number, same: (i: number, j: number) => boolean, is: number[], js: number[]): void {
  for (let i = a0, j = b0; i < a1 && j < b1; i++, j++) {
    if (same(i, j)) { is.push(i); js.push(j); }
  }
}
