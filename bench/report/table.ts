/** Plain-text tables for the benchmark's console output. */
import type { DiffMeasure } from '../peers/wordDiffs';
import type { Ratios, ToolResult } from './toolResult';

const num = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '—' : x.toFixed(digits));

function grid(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

export function toolTable(results: readonly ToolResult[]): string {
  const rates = ['0%', '2%', '5%', '10%'];
  const rows = [['tool', 'time s', 'peak MiB', 'recall', ...rates.map((r) => `R@${r}`), 'R quote', 'precision', 'char prec', 'boiler', 'F1']];
  const notes: string[] = [];
  for (const r of results) {
    if (r.note) notes.push(`  ${r.tool}: ${r.ran ? '' : 'not run: '}${r.note}`);
    if (!r.ran || !r.score) {
      rows.push([r.tool, num(r.seconds, 2), num(r.peakRssMiB, 0), ...Array<string>(rows[0].length - 3).fill('—')]);
      continue;
    }
    const s = r.score;
    rows.push([
      r.tool + (r.capped ? ' (capped)' : ''),
      num(r.seconds, 2),
      num(r.peakRssMiB, 0),
      num(s.recall),
      ...rates.map((k) => num(s.recallBy.editRate[k]?.recall)),
      num(s.recallBy.kind.quote?.recall),
      num(s.precision),
      num(s.charPrecision),
      String(s.boilerplateMembers),
      num(s.f1),
    ]);
  }
  return [grid(rows), ...notes].join('\n');
}

export function ratioTable(ratios: readonly Ratios[]): string {
  const rows = [['ours / peer', 'time', 'memory', 'recall', 'precision', 'F1']];
  for (const r of ratios) rows.push([r.peer, num(r.time, 2), num(r.memory, 2), num(r.recall, 2), num(r.precision, 2), num(r.f1, 2)]);
  return grid(rows);
}

export function diffTable(measures: readonly DiffMeasure[]): string {
  const rows = [['pair', 'tool', 'median ms', 'runs', 'pieces', 'equal share', 'rebuilds', 'note']];
  for (const m of measures) rows.push([m.pair, m.tool, num(m.medianMs, 1), String(m.runs), String(m.pieces), num(m.equalShare), m.rebuilds, m.note ?? '']);
  return grid(rows);
}
