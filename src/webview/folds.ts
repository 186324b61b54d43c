import type { RowKind } from '../core/types';
import type { CompareOptions, PassageText } from '../shared/protocol';

/** A run of unchanged rows folded away: rows `from` (inclusive) to `to` (exclusive). */
export interface Fold {
  readonly from: number;
  readonly to: number;
}

/** Unchanged rows shown around a fold, as context, when only long runs fold. */
const CONTEXT = 1;
/** Fewest rows a fold hides (a bar in place of a single row saves nothing). */
const FOLD_MIN = 2;
/** An added or omitted passage longer than this many lines or characters is shown shortened. */
const LONG_LINES = 6;
const LONG_CHARS = 600;

/**
 * Which runs of unchanged rows fold, as the diff editor's "collapse unchanged regions" does:
 * with "only changes" every run folds; otherwise a long run folds but for one row of context
 * next to each change. A fold the reader opened (`expanded` holds its first row) stays open.
 */
export function foldsFor(kinds: readonly RowKind[], options: CompareOptions, expanded: ReadonlySet<number>): Fold[] {
  if (!options.onlyChanges && !options.collapseUnchanged) return [];
  const folds: Fold[] = [];
  for (let s = 0; s < kinds.length; s++) {
    if (kinds[s] !== 'same') continue;
    let e = s;
    while (e < kinds.length && kinds[e] === 'same') e++;
    const context = options.onlyChanges ? 0 : CONTEXT;
    const from = s === 0 ? s : s + context;
    const to = e === kinds.length ? e : e - context;
    if (to - from >= (options.onlyChanges ? 1 : FOLD_MIN) && !expanded.has(from)) folds.push({ from, to });
    s = e - 1;
  }
  return folds;
}

/** Whether an added or omitted passage is long enough to be shown shortened. */
export function isLong(span: PassageText | null): boolean {
  return span !== null && (span.lastLine - span.line + 1 > LONG_LINES || span.text.length > LONG_CHARS);
}

/** "line 5" or "lines 3–15". */
export function lineLabel(span: PassageText): string {
  return span.lastLine > span.line ? `lines ${span.line}–${span.lastLine}` : `line ${span.line}`;
}
