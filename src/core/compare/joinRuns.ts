import type { CompareRow, Span } from '../types';

/**
 * Joins each run of omitted (or added) rows into one row: a reader sees "this paragraph was
 * left out" rather than a ladder of one-sentence gaps, and next/previous change moves by
 * passage. Two rows join only when they are neighbours in the article as well as in the
 * list: an added sentence, a moved one placed elsewhere in the list, then another added
 * sentence stay three rows, so no sentence is ever shown in two rows. A joined row's span
 * runs from its first sentence to its last, with the text between (white space, or lines
 * with no words).
 */
export function joinRuns(rows: readonly CompareRow[], leftText: string, rightText: string): CompareRow[] {
  const leftRank = ranks(rows, 'left');
  const rightRank = ranks(rows, 'right');
  const out: CompareRow[] = [];
  let last: { row: CompareRow; leftEnd: number; rightEnd: number } | undefined;
  for (const row of rows) {
    const joinable = row.kind === 'omitted' || row.kind === 'added';
    if (joinable && last && last.row.kind === row.kind && follows(last.leftEnd, row.left, leftRank) && follows(last.rightEnd, row.right, rightRank)) {
      const joined: CompareRow = {
        ...last.row,
        left: join(last.row.left, row.left, leftText),
        right: join(last.row.right, row.right, rightText),
      };
      out[out.length - 1] = joined;
      last = { row: joined, leftEnd: rankOf(row.left, leftRank, last.leftEnd), rightEnd: rankOf(row.right, rightRank, last.rightEnd) };
      continue;
    }
    out.push(row);
    last = { row, leftEnd: rankOf(row.left, leftRank, -1), rightEnd: rankOf(row.right, rightRank, -1) };
  }
  return out;
}

/** Each span's place among all spans of one side, by start offset. */
function ranks(rows: readonly CompareRow[], side: 'left' | 'right'): Map<number, number> {
  const starts = rows.flatMap((r) => (r[side] ? [r[side]!.start] : [])).sort((a, b) => a - b);
  return new Map(starts.map((s, i) => [s, i]));
}

function rankOf(span: Span | null, rank: ReadonlyMap<number, number>, otherwise: number): number {
  return span ? rank.get(span.start)! : otherwise;
}

/** True when `span` is absent on this side or comes right after the span ranked `end`. */
function follows(end: number, span: Span | null, rank: ReadonlyMap<number, number>): boolean {
  return span === null || rank.get(span.start) === end + 1;
}

function join(a: Span | null, b: Span | null, text: string): Span | null {
  if (!a || !b) return a ?? b;
  return { start: a.start, end: b.end, line: a.line, text: text.slice(a.start, b.end) };
}
