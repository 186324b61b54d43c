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

/** Index access for one direction (forward past the end, or backward before the start). */
interface Side {
  /** Word id (key) at step t (t = 1 is the word next to the passage), or -1 past the edge. */
  key(t: number): number;
}

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
  const n = stepsAvailable(a);
  const m = stepsAvailable(b);
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  const from = new Uint8Array((n + 1) * w); // 1 diagonal match, 2 diagonal change, 3 up, 4 left
  let best = 0;
  let bestAt = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let s = -Infinity;
      let f = 0;
      if (i > 0 && j > 0) {
        const hit = same(i, j);
        const d = score[(i - 1) * w + j - 1] + (hit ? (isStop(a.key(i)) ? 1 : 2) : -1);
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

function stepsAvailable(s: Side): number {
  let t = 0;
  while (t < WINDOW && s.key(t + 1) >= 0) t++;
  return t;
}

/** Takes a further window whole when its words, as bags, mostly recur on the other side. */
function bagExtension(a: Side, b: Side, done: Extension, isStop: (key: number) => boolean): Extension | null {
  let best: { wa: number; wb: number; matched: number } | null = null;
  for (let wa = 2; wa <= BAG_WINDOW; wa++) {
    for (let wb = 2; wb <= BAG_WINDOW; wb++) {
      const ka: number[] = [];
      const kb: number[] = [];
      for (let t = 1; t <= wa; t++) ka.push(a.key(done.stepsA + t));
      for (let t = 1; t <= wb; t++) kb.push(b.key(done.stepsB + t));
      if (ka.includes(-1) || kb.includes(-1)) continue;
      // Both windows must end on a word the other side has, or they overreach.
      if (!kb.includes(ka[wa - 1]) || !ka.includes(kb[wb - 1])) continue;
      const pool = [...kb];
      let matched = 0;
      let content = 0;
      for (const k of ka) {
        const at = pool.indexOf(k);
        if (at >= 0) { pool.splice(at, 1); matched++; if (!isStop(k)) content++; }
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
