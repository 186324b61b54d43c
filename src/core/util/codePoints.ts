/** Number of Unicode code points in text[0, offset): UTF-16 offset to code-point offset. */
export function codePointOffset(text: string, offset: number): number {
  let surrogatePairs = 0;
  for (let i = 0; i < offset - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { surrogatePairs++; i++; }
    }
  }
  return offset - surrogatePairs;
}
