/**
 * Growing a passage past its outermost seeds. Shingles cannot reach a passage's last two
 * words, nor words on the far side of a one-word change, so each end is extended by a small
 * scored alignment over the next `WINDOW` words on both sides: content words that match score
 * +2, function words +1, each skipped or changed word -1; the extension stops at the best
 * scoring match. Then one more rule for reprints that swap a phrase at the edge ("Yang Jin,
 * an associate research fellow" / "research fellow Yang Jin"): the two windows are compared
 * as bags of words, and taken whole when most of their words recur on the other side.
 */
const WINDOW = 12;
const BAG_WINDOW = 6;

/**
 * The words on one side of a passage edge, in one direction (forward past the end, or
 * backward before the start): `keys[t]` is the word id at step t (t = 1 is the word next to
 * the passage), for t = 1..`length`; past `length` the text ends or a line breaks.
 */
export interface Side {
  readonly keys: Int32Array;
  readonly length: number;
}

/** Longest reach of an extension: the scored window plus a bag window after it. */
export const REACH = WINDOW + BAG_WINDOW;

/** Steps (in A and B) of the best extension, with the matched step pairs. */
export interface Extension {
  readonly stepsA: number;
  readonly stepsB: number;
  readonly pairs: Array<[number, number]>;
  /** Words matched by the extension. */
  readonly matched: number;
}

/** Best extension from a passage edge; `same` compares step ta of A with step tb of B. */
export function extendEdge(a: Side, b: Side, same: (ta: number, tb: number) => boolean, isStop: (key: number) => boolean): Extension {
  const n = Math.min(WINDOW, a.length);
  const m = Math.min(WINDOW, b.length);
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  const from = new Uint8Array((n + 1) * w); // 1 diagonal match, 2 diagonal change, 3 up, 4 left
  let best = 0;
  let bestAt = 0;
  for (let i = 0; i <= n; i++) {
    const gain = i > 0 && isStop(a.keys[i]) ? 1 : 2;
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let s = -Infinity;
      let f = 0;
      if (i > 0 && j > 0) {
        const hit = a.keys[i] === b.keys[j] || same(i, j);
        const d = score[(i - 1) * w + j - 1] + (hit ? gain : -1);
        if (d > s) { s = d; f = hit ? 1 : 2; }
      }
      if (i > 0 && score[(i - 1) * w + j] - 1 > s) { s = score[(i - 1) * w + j] - 1; f = 3; }
      if (j > 0 && score[i * w + j - 1] - 1 > s) { s = score[i * w + j - 1] - 1; f = 4; }
      score[i * w + j] = s;
      from[i * w + j] = f;
      if (f === 1 && s > best) { best = s; bestAt = i * w + j; }
    }
  }
  const pairs: Array<[number, number]> = [];
  let at = bestAt;
  while (at > 0) {
    const i = Math.floor(at / w);
    const j = at % w;
    const f = from[at];
    if (f === 1) pairs.push([i, j]);
    at = f <= 2 ? at - w - 1 : f === 3 ? at - w : at - 1;
  }
  pairs.reverse();
  const ext = { stepsA: Math.floor(bestAt / w), stepsB: bestAt % w, pairs, matched: pairs.length };
  // The word-swap rule may apply after the scored extension or instead of it.
  const options = [ext, bagExtension(a, b, ext, isStop), bagExtension(a, b, NONE, isStop)];
  return options.reduce<Extension>((x, y) => (y && y.matched > x.matched ? y : x), ext);
}

const NONE: Extension = { stepsA: 0, stepsB: 0, pairs: [], matched: 0 };

/** Whether steps from+1..from+width of a side hold `key`. */
function holds(s: Side, from: number, width: number, key: number): boolean {
  for (let t = from + 1; t <= from + width; t++) if (s.keys[t] === key) return true;
  return false;
}

/** Takes a further window whole when its words, as bags, mostly recur on the other side. */
function bagExtension(a: Side, b: Side, done: Extension, isStop: (key: number) => boolean): Extension | null {
  let best: { wa: number; wb: number; matched: number } | null = null;
  const used = new Uint8Array(BAG_WINDOW + 1);
  const fa = done.stepsA;
  const fb = done.stepsB;
  for (let wa = 2; wa <= BAG_WINDOW && fa + wa <= a.length; wa++) {
    for (let wb = 2; wb <= BAG_WINDOW && fb + wb <= b.length; wb++) {
      // Both windows must end on a word the other side has, or they overreach.
      if (!holds(b, fb, wb, a.keys[fa + wa]) || !holds(a, fa, wa, b.keys[fb + wb])) continue;
      // Each word of A's window takes the first unused equal word of B's.
      used.fill(0);
      let matched = 0;
      let content = 0;
      for (let ta = 1; ta <= wa; ta++) {
        const k = a.keys[fa + ta];
        for (let tb = 1; tb <= wb; tb++) {
          if (used[tb] || b.keys[fb + tb] !== k) continue;
          used[tb] = 1;
          matched++;
          if (!isStop(k)) content++;
          break;
        }
      }
      if (content < 2 || matched < 0.6 * Math.max(wa, wb)) continue;
      if (!best || matched > best.matched || (matched === best.matched && wa + wb < best.wa + best.wb)) best = { wa, wb, matched };
    }
  }
  if (!best) return null;
  const stepsA = done.stepsA + best.wa;
  const stepsB = done.stepsB + best.wb;
  return { stepsA, stepsB, pairs: [...done.pairs, [stepsA, stepsB]], matched: done.matched + best.matched };
}
