import type { DiffPart, MinorChange } from '../types';
import { wordDiff } from '../diff/wordDiff';

/** How a version's reading in one row differs from the first version's: not at all, only in a minor way, or in its words. */
export type ReadingChange = MinorChange | 'word' | null;

/** One version's text in a row of the collation. */
export interface Reading {
  /** UTF-16 offsets into that version's text; start === end when it has nothing here. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The strongest difference from the first version's reading in this row. */
  readonly change: ReadingChange;
}

/** One row of the collation: every version's reading of the same stretch, side by side. */
export interface CollationRow {
  readonly readings: readonly Reading[];
  /** The strongest difference in the row: null when every version reads alike. */
  readonly change: ReadingChange;
}

/** A collation and whether any word diff behind it had to give up on detail. */
export interface Collation {
  readonly rows: readonly CollationRow[];
  readonly truncated: boolean;
}

const STRENGTH: Record<Exclude<ReadingChange, null>, number> = { case: 1, typography: 2, punctuation: 3, word: 4 };

/** The stronger of two differences. */
export function stronger(a: ReadingChange, b: ReadingChange): ReadingChange {
  if (a === null) return b;
  if (b === null) return a;
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

/** A stretch of the first version that one other version changes, and what it has instead. */
interface Region {
  readonly baseStart: number;
  readonly baseEnd: number;
  readonly start: number;
  readonly end: number;
  readonly change: ReadingChange;
}

/**
 * Lines up several versions of one passage in rows, a column per version, as a collation
 * table does (CollateX, Juxta): rows where every version reads alike alternate with rows
 * where some differ, and each version's reading of a row sits beside the others.
 *
 * Each version is diffed against the first (word level), which gives the stretches of the
 * first version it changes. Stretches of different versions that overlap or touch are merged
 * into one row, so a change is never cut in two; between merged stretches every version
 * reads exactly like the first. A version's reading of a row is found by carrying the row's
 * edges through its diff. The readings of each version, row after row, rebuild its text.
 */
export function collate(versions: readonly string[], options: { timeoutMs?: number } = {}): Collation {
  const base = versions[0] ?? '';
  let truncated = false;
  const regions = versions.map((v, i) => {
    if (i === 0) return [];
    const d = wordDiff(base, v, { timeoutMs: options.timeoutMs });
    truncated ||= d.truncated;
    return regionsOf(d.parts);
  });
  const merged = mergeStretches(regions.flat());
  const rows: CollationRow[] = [];
  const addRow = (from: number, to: number, variant: boolean) => {
    const readings = versions.map((v, i): Reading => {
      if (i === 0) return { start: from, end: to, text: base.slice(from, to), change: null };
      const start = carry(regions[i], from, variant ? 'before' : 'after');
      const end = carry(regions[i], to, variant ? 'after' : 'before');
      let change: ReadingChange = null;
      if (variant) for (const r of regions[i]) if (r.baseStart >= from && r.baseEnd <= to) change = stronger(change, r.change);
      return { start, end, text: v.slice(start, end), change };
    });
    rows.push({ readings, change: readings.reduce<ReadingChange>((c, r) => stronger(c, r.change), null) });
  };
  let at = 0;
  for (const [from, to] of merged) {
    if (from > at) addRow(at, from, false);
    addRow(from, to, true);
    at = to;
  }
  if (at < base.length || rows.length === 0) addRow(at, base.length, false);
  return { rows, truncated };
}

/** The stretches a diff changes, with the class of the strongest change in each. */
function regionsOf(parts: readonly DiffPart[]): Region[] {
  const out: Region[] = [];
  let a = 0;
  let b = 0;
  let open: { baseStart: number; start: number; change: ReadingChange } | undefined;
  const close = () => {
    if (open) out.push({ baseStart: open.baseStart, baseEnd: a, start: open.start, end: b, change: open.change });
    open = undefined;
  };
  for (const p of parts) {
    if (p.op === 'equal') {
      close();
      a += p.text.length;
      b += p.text.length;
      continue;
    }
    open ??= { baseStart: a, start: b, change: null };
    open.change = stronger(open.change, p.minor ?? 'word');
    if (p.op === 'delete') a += p.text.length;
    else b += p.text.length;
  }
  close();
  return out;
}

/** Stretches of the first version, merged where they overlap or touch, in order. */
function mergeStretches(regions: readonly Region[]): Array<[number, number]> {
  const sorted = [...regions].sort((x, y) => x.baseStart - y.baseStart || x.baseEnd - y.baseEnd);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.baseStart <= last[1]) last[1] = Math.max(last[1], r.baseEnd);
    else out.push([r.baseStart, r.baseEnd]);
  }
  return out;
}

/**
 * Where offset `p` of the first version falls in another version. Outside its changed
 * stretches the two texts run in step, shifted by what the stretches before `p` added or
 * removed; an insertion right at `p` counts as before `p` or after it as the caller asks.
 */
function carry(regions: readonly Region[], p: number, side: 'before' | 'after'): number {
  let shift = 0;
  for (const r of regions) {
    const before = r.baseEnd < p || (r.baseEnd === p && (r.baseStart < p || side === 'after'));
    if (!before) break;
    shift += r.end - r.start - (r.baseEnd - r.baseStart);
  }
  return p + shift;
}
