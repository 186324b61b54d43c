/**
 * A plain sentence splitter for the naive peer: breaks at line ends and after `.`, `!` or `?`
 * (with any closing quotation mark) followed by a space and a capital letter or an opening
 * quotation mark. Returns UTF-16 spans of the non-empty sentences.
 */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const boundary = /\n+|[.!?]["'\u201d\u2019]?\s+(?=["\u201c\p{Lu}])/gu;
  let from = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const cut = m[0].startsWith('\n') ? m.index : m.index + m[0].trimEnd().length;
    push(from, cut);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
