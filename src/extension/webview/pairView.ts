import type { CompareRow, Span } from '../../core';
import { joinRuns } from '../../core/compare/joinRuns';
import { lineStarts } from '../../core/util/lines';
import type { ChangeCounts, PairView, PassageText, RowView } from '../../shared/protocol';

/** The article fields pairView needs. */
export interface ArticleText {
  readonly path: string;
  readonly text: string;
}

/**
 * Turns core rows into view rows and sums them up for the header. Runs of omitted (or added)
 * sentences that are neighbours in their article become one row (`joinRuns`), so no sentence
 * is shown twice; each side carries its first and last line for the row's label.
 */
export function pairView(left: ArticleText, right: ArticleText, rows: readonly CompareRow[]): PairView {
  let rightChars = 0;
  let reusedChars = 0;
  for (const r of rows) {
    if (!r.right) continue;
    const n = r.right.end - r.right.start;
    rightChars += n;
    if (r.kind !== 'added') reusedChars += n;
  }
  const counts: { -readonly [K in keyof ChangeCounts]: number } = { same: 0, changed: 0, omitted: 0, added: 0, moved: 0 };
  const views: RowView[] = joinRuns(rows, left.text, right.text).map((r) => {
    counts[r.kind]++;
    return {
      kind: r.kind,
      left: r.left && passageText(r.left),
      right: r.right && passageText(r.right),
      score: r.score,
      ...(r.diff ? { parts: r.diff } : {}),
      ...(r.truncated ? { truncated: true } : {}),
    };
  });
  return { left: left.path, right: right.path, reusedShare: rightChars > 0 ? reusedChars / rightChars : 0, counts, rows: views };
}

/** A core span for the view, with the line it ends on (CR LF, CR and LF each end a line, as in VS Code). */
export function passageText(span: Span): PassageText {
  const breaks = lineStarts(span.text).length - 1;
  return { start: span.start, end: span.end, line: span.line, lastLine: span.line + breaks, text: span.text };
}
