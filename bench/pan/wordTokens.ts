/** Words of a text (maximal runs of letters and digits), lower-cased, with UTF-16 spans. */
export interface WordToken {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
