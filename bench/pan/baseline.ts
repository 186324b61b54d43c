/**
 * A deliberately simple exact-match detector used to exercise the PAN scorer on real output:
 * it finds every word n-gram (default 8) shared by the two documents, grows each shared
 * n-gram run along its diagonal into a maximal common word run, then merges runs that lie
 * close together in both documents (the same region reused with small edits).
 */
import { normaliseReference, type PanAnnotation } from './annotation';
import { utf16ToCodePoints } from './codePoints';
import { wordTokens, type WordToken } from './wordTokens';

export interface BaselineOptions {
  /** Words per shared n-gram (default 8). */
  readonly n?: number;
  /** Most characters between two runs that are merged, in each document (default 250). */
  readonly mergeGap?: number;
  /** Most positions kept for one n-gram in the source, against repeated boilerplate (default 16). */
  readonly maxRepeats?: number;
}

/** A region pair, in word indices (end exclusive). */
interface Run {
  s0: number;
  s1: number;
  r0: number;
  r1: number;
}

function sharedRuns(susp: WordToken[], src: WordToken[], n: number, maxRepeats: number): Run[] {
  const positions = new Map<string, number[]>();
  for (let j = 0; j + n <= src.length; j++) {
    const key = src.slice(j, j + n).map((t) => t.word).join(' ');
    const list = positions.get(key);
    if (!list) positions.set(key, [j]);
    else if (list.length < maxRepeats) list.push(j);
  }
  // Seeds keyed by diagonal; a run continues while the next suspicious position also matches.
  const open = new Map<number, Run>();
  const runs: Run[] = [];
  for (let i = 0; i + n <= susp.length; i++) {
    const key = susp.slice(i, i + n).map((t) => t.word).join(' ');
    for (const j of positions.get(key) ?? []) {
      const diag = j - i;
      const run = open.get(diag);
      if (run && run.s1 - n + 1 === i) {
        run.s1 = i + n;
        run.r1 = j + n;
      } else {
        const fresh = { s0: i, s1: i + n, r0: j, r1: j + n };
        open.set(diag, fresh);
        runs.push(fresh);
      }
    }
  }
  return runs;
}

function mergeRuns(runs: Run[], susp: WordToken[], src: WordToken[], gap: number): Run[] {
  let current = runs.slice().sort((a, b) => a.s0 - b.s0 || a.r0 - b.r0);
  for (;;) {
    const merged: Run[] = [];
    for (const r of current) {
      const last = merged.find(
        (m) =>
          susp[r.s0].start - susp[m.s1 - 1].end <= gap &&
          susp[m.s0].start - susp[r.s1 - 1].end <= gap &&
          src[r.r0].start - src[m.r1 - 1].end <= gap &&
          src[m.r0].start - src[r.r1 - 1].end <= gap,
      );
      if (last) {
        last.s0 = Math.min(last.s0, r.s0);
        last.s1 = Math.max(last.s1, r.s1);
        last.r0 = Math.min(last.r0, r.r0);
        last.r1 = Math.max(last.r1, r.r1);
      } else {
        merged.push({ ...r });
      }
    }
    if (merged.length === current.length) return merged;
    current = merged;
  }
}

/** Detections for one pair, offsets in code points as PAN expects. */
export function baselineDetect(
  suspName: string,
  suspText: string,
  sourceName: string,
  sourceText: string,
  options: BaselineOptions = {},
): PanAnnotation[] {
  const n = options.n ?? 8;
  const susp = wordTokens(suspText);
  const src = wordTokens(sourceText);
  const runs = mergeRuns(sharedRuns(susp, src, n, options.maxRepeats ?? 16), susp, src, options.mergeGap ?? 250);
  const suspCp = utf16ToCodePoints(suspText);
  const srcCp = utf16ToCodePoints(sourceText);
  return runs.map((r) => {
    const ts = suspCp(susp[r.s0].start);
    const rs = srcCp(src[r.r0].start);
    return {
      susp: normaliseReference(suspName),
      thisOffset: ts,
      thisLength: suspCp(susp[r.s1 - 1].end) - ts,
      source: normaliseReference(sourceName),
      sourceOffset: rs,
      sourceLength: srcCp(src[r.r1 - 1].end) - rs,
    };
  });
}
