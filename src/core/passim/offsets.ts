/**
 * Converts code-point offsets (what passim, in Python and Spark, counts) into UTF-16 offsets
 * (what the editor and the contract use) for one text. Only characters outside the Basic
 * Multilingual Plane (emoji, some CJK) take two UTF-16 units, so the offsets differ by the
 * number of those before the point; their code-point positions are listed once and each
 * conversion is a binary search.
 */
export class CodePointOffsets {
  /** Code-point index of every character that takes two UTF-16 units. */
  private readonly astral: number[] = [];
  /** Number of code points in the text. */
  readonly length: number;

  constructor(text: string) {
    let cp = 0;
    for (let i = 0; i < text.length; i++, cp++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(cp);
          i++;
        }
      }
    }
    this.length = cp;
  }

  /** UTF-16 offset of code-point offset `cp` (0..length). */
  utf16(cp: number): number {
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }
}
