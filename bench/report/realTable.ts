/** Plain-text tables for the real-text benchmarks. */
import type { RealTextScore, WrongGroup } from '../truth/pairScore';

export const num = (x: number | null | undefined, digits = 3) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));

/** Columns padded to their widest cell; the first left-aligned, the rest right-aligned. */
export function grid(rows: readonly string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

export interface ScoredTool {
  readonly tool: string;
  readonly ran: boolean;
  readonly note?: string;
  readonly seconds?: number;
  readonly peakRssMiB?: number | null;
  readonly score?: RealTextScore;
  readonly extra?: Record<string, unknown>;
}

/** One line per tool: time (and the 1-minute load average as it started), memory, recall, precision per member and per pair, what the wrong pairs are. */
export function realTextTable(results: readonly ScoredTool[]): string {
  const rows = [['tool', 'time s', 'load', 'MiB', 'recall', 'R@0%', 'R@10%', 'R quote', 'member P', 'pair P', 'P no furn', 'pairs ok', 'wrong: short q', 'quote', 'passage', 'furniture', 'apart: repeat', 'boiler']];
  const notes: string[] = [];
  for (const r of results) {
    if (r.note) notes.push(`  ${r.tool}: ${r.ran ? '' : 'not run: '}${r.note}`);
    if (!r.ran || !r.score) {
      rows.push([r.tool, num(r.seconds, 2), num(r.extra?.loadAverage as number | undefined, 1), num(r.peakRssMiB, 0), ...Array<string>(rows[0].length - 4).fill('—')]);
      continue;
    }
    const s = r.score;
    const p = s.pairs;
    rows.push([
      r.tool, num(r.seconds, 2), num(r.extra?.loadAverage as number | undefined, 1), num(r.peakRssMiB, 0), num(s.recall), num(s.recallBy.editRate['0%']?.recall), num(s.recallBy.editRate['10%']?.recall),
      num(s.recallBy.kind.quote?.recall), num(s.members.precision), num(p.precision), num(p.precisionWithoutFurniture), String(p.right),
      String(p.wrongBy.shortQuote), String(p.wrongBy.quote), String(p.wrongBy.passage), String(p.wrongBy.furniture),
      String(p.repetition), String(p.boilerplateLabelled),
    ]);
  }
  return [grid(rows), ...notes].join('\n');
}

/** The groups with the most wrong pairs: kind, words, articles, wrong pairs, text. */
export function wrongGroupsTable(tool: string, groups: readonly WrongGroup[], limit: number): string {
  if (groups.length === 0) return `${tool}: no wrong pairs`;
  const rows = [['kind', 'words', 'articles', 'members', 'wrong pairs']];
  const pairs = ['a wrong pair'];
  for (const g of groups.slice(0, limit)) {
    rows.push([g.kind, String(g.words), String(g.articles), String(g.members), String(g.wrongPairs)]);
    pairs.push(`${JSON.stringify(g.text.slice(0, 60))} ~ ${JSON.stringify(g.other.slice(0, 60))}`);
  }
  const t = grid(rows).split('\n').map((l, i) => `${l}  ${pairs[i]}`).join('\n');
  return `${tool}: the ${Math.min(limit, groups.length)} groups with the most wrong pairs\n${t.split('\n').map((l) => `  ${l}`).join('\n')}`;
}
