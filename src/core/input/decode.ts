/**
 * Turns the bytes of a file into article text, or says in one phrase why it cannot.
 * UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read;
 * anything with NUL bytes is called binary; invalid UTF-8 is refused rather than guessed at,
 * because silently replaced characters would shift every offset a user relies on.
 */

/** Largest article, in UTF-16 code units, that the engine will align. */
export const MAX_ARTICLE_CHARS = 8_000_000;

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly bom: boolean }
  | { readonly ok: false; readonly reason: string };

/** Decodes one article's bytes; `reason` is meant to follow the file's name in a message. */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2 !== 0) return { ok: false, reason: `is not valid ${label.toUpperCase()} (odd number of bytes)` };
    try {
      return checked(new TextDecoder(label, { fatal: true }).decode(bytes), true);
    } catch {
      return { ok: false, reason: `is not valid ${label.toUpperCase()} (an unpaired surrogate)` };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `is binary, not text (NUL byte at offset ${nul})` };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom);
  } catch {
    return { ok: false, reason: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
}

function checked(text: string, bom: boolean): DecodeResult {
  if (text.length > MAX_ARTICLE_CHARS) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    return { ok: false, reason: `is too large to align (${mb(text.length)}M characters; the limit is ${mb(MAX_ARTICLE_CHARS)}M)` };
  }
  return { ok: true, text, bom };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    }
    // Overlong forms and surrogates are invalid too.
    if ((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] > 0x9f) ||
        (c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] > 0x8f)) return i;
    i += need + 1;
  }
  return i;
}
