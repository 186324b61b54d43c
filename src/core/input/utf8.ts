/** Where and why a byte sequence stops being UTF-8. */
export interface Utf8Error {
  /** Offset of the first byte that does not start or continue a valid sequence. */
  readonly offset: number;
  /** What is wrong there, in a few words. */
  readonly why: string;
}

/**
 * The first invalid UTF-8 sequence in `b`, or null when all of it is valid. The ranges are
 * those of the Unicode standard's table of well-formed byte sequences (and of the WHATWG
 * decoder), so this agrees with `TextDecoder(..., { fatal: true })` on what is valid; it
 * only adds the offset and the reason, which the decoder does not give.
 */
export function firstInvalidUtf8(b: Uint8Array): Utf8Error | null {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    if (c < 0xc0) return { offset: i, why: 'a continuation byte with no lead byte before it' };
    if (c < 0xc2) return { offset: i, why: 'an overlong encoding' };
    if (c > 0xf4) return { offset: i, why: 'a byte that never appears in UTF-8' };
    const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
    // The second byte's range narrows for a few lead bytes: that is where overlong forms,
    // surrogates and code points past U+10FFFF are ruled out.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return { offset: i, why: 'a sequence cut short by the end of the file' };
      const d = b[i + k];
      if (d < 0x80 || d > 0xbf) return { offset: i, why: 'a sequence cut short' };
      if (k === 1 && d < lo) return { offset: i, why: 'an overlong encoding' };
      if (k === 1 && d > hi) return { offset: i, why: c === 0xed ? 'an encoded surrogate (U+D800 to U+DFFF)' : 'a code point past U+10FFFF' };
    }
    i += need + 1;
  }
  return null;
}
