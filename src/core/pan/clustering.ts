import type { Seed } from './types';

/**
 * Groups seeds into cases by closeness in both documents. Sorted by their position in one
 * document, seeds fall into runs wherever no more than `gap` sentences separate neighbours;
 * each run is then split the same way by position in the other document, and so on,
 * alternating, until no run splits any more. A reused passage yields seeds near each other on
 * both sides (its sentences may be reordered or dropped, but stay close), so it ends as one
 * group, while chance matches scattered over either document end in groups of their own.
 */
export function clusterSeeds(seeds: readonly Seed[], gapA: number, gapB: number): Seed[][] {
  const out: Seed[][] = [];
  const visit = (group: readonly Seed[], side: 'a' | 'b', first: boolean): void => {
    const parts = splitByGap(group, side, side === 'a' ? gapA : gapB);
    if (parts.length <= 1 && !first) {
      out.push(...parts);
      return;
    }
    for (const part of parts) visit(part, side === 'a' ? 'b' : 'a', false);
  };
  if (seeds.length) visit(seeds, 'a', true);
  return out;
}

/** Splits seeds, ordered by one side, where neighbours are more than `gap` sentences apart. */
function splitByGap(seeds: readonly Seed[], side: 'a' | 'b', gap: number): Seed[][] {
  const sorted = [...seeds].sort((x, y) => x[side] - y[side] || x[side === 'a' ? 'b' : 'a'] - y[side === 'a' ? 'b' : 'a']);
  const parts: Seed[][] = [];
  let cur: Seed[] = [];
  for (const s of sorted) {
    if (cur.length && s[side] - cur[cur.length - 1][side] - 1 > gap) {
      parts.push(cur);
      cur = [];
    }
    cur.push(s);
  }
  if (cur.length) parts.push(cur);
  return parts;
}
