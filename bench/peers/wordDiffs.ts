/**
 * Peer (c): word diffs of a 4 KB and a 40 KB related pair (a text and its edited reprint) and
 * of an unrelated 20 KB pair, by
 *  - `diff`'s diffWords (Myers' O(ND) algorithm on word tokens; no bound unless asked; it
 *    treats whitespace as insignificant, so an equal piece carries one side's spacing and the
 *    pieces need not rebuild both texts exactly);
 *  - diff-match-patch in character mode with semantic clean-up (its normal use; it gives up
 *    after `Diff_Timeout`, 1 s by default, and returns a coarser diff);
 *  - diff-match-patch in word mode (words coded as single characters, see dmpWords.ts);
 *  - ours, `wordDiff` from the core, when the engine is importable.
 * For each: time (median of runs), number of pieces, the share of both texts marked equal,
 * and whether the pieces rebuild both texts exactly.
 */
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { relatedPair, unrelatedPair } from '../gen/textPairs';
import { dmpCharDiff, dmpWordDiff } from './dmpWords';

export interface DiffPiece {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

export interface DiffMeasure {
  readonly tool: string;
  readonly pair: string;
  readonly chars: number;
  readonly medianMs: number;
  readonly runs: number;
  readonly pieces: number;
  /** 2 × equal characters / (|a| + |b|). */
  readonly equalShare: number;
  /** Which texts joining the pieces gives back exactly: equal+delete = a, equal+insert = b. */
  readonly rebuilds: 'both' | 'left only' | 'right only' | 'neither';
  readonly note?: string;
}

export type DiffTool = (a: string, b: string) => { pieces: DiffPiece[]; note?: string };

const DMP_OPS: Record<number, DiffPiece['op']> = { [-1]: 'delete', 0: 'equal', 1: 'insert' };

export function peerDiffTools(): Record<string, DiffTool> {
  const dmp = new DiffMatchPatch();
  return {
    'diff.diffWords': (a, b) => ({
      pieces: diffWords(a, b).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value })),
    }),
    'dmp chars+semantic': (a, b) => {
      const t0 = performance.now();
      const pieces = dmpCharDiff(dmp, a, b).map(([op, text]) => ({ op: DMP_OPS[op], text }));
      return { pieces, note: performance.now() - t0 >= dmp.Diff_Timeout * 1000 ? 'hit Diff_Timeout' : undefined };
    },
    'dmp words': (a, b) => {
      const t0 = performance.now();
      const pieces = dmpWordDiff(dmp, a, b).map(([op, text]) => ({ op: DMP_OPS[op], text }));
      return { pieces, note: performance.now() - t0 >= dmp.Diff_Timeout * 1000 ? 'hit Diff_Timeout' : undefined };
    },
  };
}

export function diffPairs(): Array<{ name: string; a: string; b: string }> {
  return [
    { name: 'related 4 KB', ...relatedPair(4_000, 0.05, 21) },
    { name: 'related 40 KB', ...relatedPair(40_000, 0.05, 22) },
    { name: 'unrelated 20 KB', ...unrelatedPair(20_000, 23) },
  ];
}

function rebuilds(pieces: readonly DiffPiece[], a: string, b: string): DiffMeasure['rebuilds'] {
  const left = pieces.filter((p) => p.op !== 'insert').map((p) => p.text).join('') === a;
  const right = pieces.filter((p) => p.op !== 'delete').map((p) => p.text).join('') === b;
  return left && right ? 'both' : left ? 'left only' : right ? 'right only' : 'neither';
}

/** Runs `tool` on the pair up to `maxRuns` times (fewer when one run is slow). */
export function measureDiff(tool: string, fn: DiffTool, pair: { name: string; a: string; b: string }, maxRuns = 5): DiffMeasure {
  const times: number[] = [];
  let last: ReturnType<DiffTool> | null = null;
  let spent = 0;
  while (times.length < maxRuns && (times.length === 0 || spent < 3000)) {
    const t0 = performance.now();
    last = fn(pair.a, pair.b);
    const ms = performance.now() - t0;
    times.push(ms);
    spent += ms;
  }
  times.sort((x, y) => x - y);
  const pieces = last!.pieces;
  const equal = pieces.filter((p) => p.op === 'equal').reduce((s, p) => s + p.text.length, 0);
  return {
    tool,
    pair: pair.name,
    chars: pair.a.length + pair.b.length,
    medianMs: times[times.length >> 1],
    runs: times.length,
    pieces: pieces.length,
    equalShare: (2 * equal) / (pair.a.length + pair.b.length),
    rebuilds: rebuilds(pieces, pair.a, pair.b),
    note: last!.note,
  };
}

export function runDiffPeers(extra: Record<string, DiffTool> = {}): DiffMeasure[] {
  const tools = { ...peerDiffTools(), ...extra };
  const out: DiffMeasure[] = [];
  for (const pair of diffPairs()) {
    for (const [name, fn] of Object.entries(tools)) out.push(measureDiff(name, fn, pair));
  }
  return out;
}
