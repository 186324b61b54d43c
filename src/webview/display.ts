import type { DiffPart, RowKind } from '../core/types';
import type { CellChange, ChangeCounts, CompareOptions, RowView } from '../shared/protocol';

/** Whether the options hide a minor change altogether (it is then drawn as plain text). */
export function hidesChange(change: CellChange | undefined, options: CompareOptions): boolean {
  if (change === 'case' || change === 'typography') return options.ignoreCase;
  if (change === 'punctuation') return options.ignorePunctuation;
  return false;
}

/** Whether a diff part is drawn as a change: a word change, or a minor one the options do not hide. */
export function showsPart(part: DiffPart, options: CompareOptions): boolean {
  return part.op !== 'equal' && !hidesChange(part.minor, options);
}

/**
 * The kind a row is shown as. A changed row whose only differences are punctuation counts as
 * unchanged when punctuation is ignored (changes of case and typography alone already make a
 * row "same" in the core).
 */
export function shownKind(row: RowView, options: CompareOptions): RowKind {
  if (row.kind !== 'changed' || !row.parts) return row.kind;
  const wordOrShown = row.parts.some((p) => p.op !== 'equal' && (p.minor === undefined || p.minor === 'punctuation') && !hidesChange(p.minor, options));
  return wordOrShown ? 'changed' : 'same';
}

/** How many rows are shown as each kind. */
export function countKinds(rows: readonly RowView[], options: CompareOptions): ChangeCounts {
  const counts: { -readonly [K in RowKind]: number } = { same: 0, changed: 0, omitted: 0, added: 0, moved: 0 };
  for (const r of rows) counts[shownKind(r, options)]++;
  return counts;
}
