/**
 * PAN counts offsets in Unicode code points; JavaScript strings index UTF-16 code units.
 * These helpers convert between the two (they differ only past astral characters).
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * A converter from UTF-16 offsets to code-point offsets for one text. Offsets that fall inside
 * a surrogate pair map to the code point that pair encodes.
 */
export function utf16ToCodePoints(text: string): (utf16Offset: number) => number {
  let hasAstral = false;
  for (let i = 0; i < text.length && !hasAstral; i++) {
    const c = text.charCodeAt(i);
    hasAstral = c >= 0xd800 && c <= 0xdbff;
  }
  if (!hasAstral) return (o) => o;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (o) => table[Math.max(0, Math.min(text.length, o))];
}
