import type { AlignResult, DocumentInfo } from '../types';

/** Columns of the CSV export, one row per appearance of a quote or passage. */
export const CSV_COLUMNS = [
  'cluster', 'kind', 'role', 'article', 'title', 'date', 'line', 'start', 'end',
  'similarity', 'match', 'changed_words', 'first_article', 'first_line', 'text',
] as const;

/**
 * One spreadsheet cell. Article text is untrusted: a cell starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return would be read as a formula by spreadsheet programs, so it gets a
 * leading apostrophe (which they show as text). Every text cell is quoted, with inner quotes
 * doubled (RFC 4180), so commas and line breaks inside article text stay in their cell.
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}

/**
 * The alignment as CSV for spreadsheets: a header row, then every appearance of every cluster
 * (page furniture included, with its kind), each first appearance before its later versions.
 * Starts with a byte-order mark (spreadsheet programs take the file for UTF-8 only with it)
 * and ends lines with CRLF, as RFC 4180 says. Offsets are UTF-16 units, as in the JSON.
 */
export function buildCsvReport(result: AlignResult): string {
  const docs = new Map<string, DocumentInfo>(result.documents.map((d) => [d.id, d]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of result.clusters) {
    const origin = c.members[c.origin];
    const first = docs.get(origin.doc);
    const ordered = [origin, ...c.members.filter((m) => m !== origin)];
    for (const m of ordered) {
      const d = docs.get(m.doc);
      const role = m === origin ? 'first' : m.repeat ? 'repeat' : 'copy';
      lines.push([
        csvCell(c.id), csvCell(c.kind), csvCell(role), csvCell(d?.path ?? m.doc), csvCell(d?.title), csvCell(d?.date),
        csvCell(m.line), csvCell(m.start), csvCell(m.end), csvCell(m.score), csvCell(m.evidence?.match),
        csvCell(m.evidence?.changed), csvCell(first?.path ?? origin.doc), csvCell(origin.line), csvCell(m.text),
      ].join(','));
    }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
