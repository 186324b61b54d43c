/** A stretch of text between breaks: [start, end) in the original text, trimmed of spaces. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

const TERMINAL = /[.!?:;"”’)\]…»]$/;

/**
 * Splits text into paragraphs. News copy comes in two shapes: one paragraph per line (web
 * text, often without blank lines between) and hard-wrapped blocks (wire copy, PDFs). A line
 * is joined to the next only when the sentence visibly runs on: the line lacks closing
 * punctuation and the next line starts in lower case, or the whole block is wrapped at a
 * steady width.
 */
export function paragraphs(text: string): Range[] {
  const lines: Range[] = [];
  const re = /\r\n|\r|\n/g;
  let last = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    lines.push({ start: last, end });
    if (!m) break;
    last = m.index + m[0].length;
  }
  const out: Range[] = [];
  let block: Range[] = [];
  const flush = () => {
    if (block.length) out.push(...joinBlock(text, block));
    block = [];
  };
  for (const line of lines) {
    if (text.slice(line.start, line.end).trim() === '') flush();
    else block.push(line);
  }
  flush();
  return out;
}

function joinBlock(text: string, block: Range[]): Range[] {
  const lens = block.map((l) => text.slice(l.start, l.end).trim().length);
  const body = lens.slice(0, -1);
  const wrapped = block.length >= 3 && body.filter((n) => n >= 50 && n <= 100).length >= 0.8 * body.length;
  const out: Range[] = [];
  let cur = trim(text, block[0]);
  for (let i = 1; i < block.length; i++) {
    const prev = text.slice(cur.start, cur.end);
    const next = trim(text, block[i]);
    const runsOn = !TERMINAL.test(prev) && (/^[\p{Ll}\d]/u.test(text.slice(next.start, next.end)) || wrapped || prev.endsWith('-'));
    if (runsOn) cur = { start: cur.start, end: next.end };
    else {
      out.push(cur);
      cur = next;
    }
  }
  out.push(cur);
  return out.filter((r) => r.end > r.start);
}

/** The range without leading and trailing white space. */
export function trim(text: string, r: Range): Range {
  let s = r.start;
  let e = r.end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}
