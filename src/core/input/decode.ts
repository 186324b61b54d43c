/**
 * Turns the bytes of a file into article text, or says in one phrase why it cannot, by the
 * rule VS Code 1.100 uses to open a file as text (so the CLI, the extension and the editor
 * agree on what an article is, and offsets match `TextDocument.offsetAt`):
 *
 * - a UTF-16 byte-order mark (FE FF, FF FE) means UTF-16, whatever follows;
 * - otherwise only the first 512 bytes are looked at for NUL bytes: none means UTF-8 (a
 *   UTF-8 BOM is dropped); NULs at every odd offset (and nowhere else) there mean UTF-16 LE
 *   without a BOM, NULs at every even offset UTF-16 BE; any other NUL there means binary;
 * - NUL bytes after the first 512 do not make a file binary: VS Code opens such a file as
 *   text and shows each NUL as a character, so it is read here too, NULs kept as U+0000
 *   characters (the engine treats them as it treats punctuation: they separate words).
 *
 * That is `detectEncodingFromBuffer` in VS Code's
 * src/vs/workbench/services/textfile/common/encoding.ts (ZERO_BYTE_DETECTION_BUFFER_MAX_LEN =
 * 512), as shipped in 1.100.3. One difference is deliberate: where VS Code decodes invalid
 * UTF-8 with replacement characters, this refuses it and names the first bad byte, because
 * a guessed character would silently change the text a user quotes from.
 */
import { firstInvalidUtf8 } from './utf8';

/** Largest article, in UTF-16 code units, that the engine will align. */
export const MAX_ARTICLE_CHARS = 8_000_000;

/** Bytes VS Code looks at for NUL bytes before calling a file binary. */
export const BINARY_SNIFF_BYTES = 512;

/** How a file's text is encoded. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncoding;
      /** The file started with a byte-order mark (not part of `text`). */
      readonly bom: boolean;
      /** A decision worth telling the user (UTF-16 without a BOM, NUL characters kept), meant to follow the file's name. */
      readonly note?: string;
    }
  | { readonly ok: false; readonly reason: string };

/** What VS Code concludes from the start of a file (see the module comment). */
interface Sniffed {
  readonly encoding: TextEncoding | null;
  readonly bom: boolean;
  /** Offset of the NUL byte that makes the file binary, or -1. */
  readonly binaryAt: number;
}

function sniff(b: Uint8Array): Sniffed {
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bom: true, binaryAt: -1 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bom: true, binaryAt: -1 };
  const utf8Bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  // UTF-16 LE of Latin text reads "A 00 B 00 …", BE "00 A 00 B …": a NUL at every odd
  // (even) offset and nowhere else. The scan stops at the first NUL that fits neither.
  let couldBeLE = true;
  let couldBeBE = true;
  let firstZero = -1;
  const n = Math.min(b.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const odd = i % 2 === 1;
    const zero = b[i] === 0;
    if (zero && firstZero < 0) firstZero = i;
    if (odd !== zero) couldBeLE = false;
    if (odd === zero) couldBeBE = false;
    if (zero && !couldBeLE && !couldBeBE) break;
  }
  if (firstZero < 0) return { encoding: 'utf-8', bom: utf8Bom, binaryAt: -1 };
  if (couldBeLE) return { encoding: 'utf-16le', bom: false, binaryAt: -1 };
  if (couldBeBE) return { encoding: 'utf-16be', bom: false, binaryAt: -1 };
  return { encoding: null, bom: utf8Bom, binaryAt: firstZero };
}

/** Decodes valid UTF-8 (dropping a leading BOM) and throws on anything else. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

const LABEL: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' };

/** Decodes one article's bytes; `reason` and `note` are meant to follow the file's name in a message. */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  const s = sniff(bytes);
  if (s.encoding === null) {
    return { ok: false, reason: `is binary, not text (a NUL byte at offset ${s.binaryAt}; VS Code also treats a NUL in the first ${BINARY_SNIFF_BYTES} bytes as binary)` };
  }
  if (s.encoding !== 'utf-8') return decodeUtf16(bytes, s.encoding, s.bom);
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    // The built-in decoder says only that the bytes are bad; the scan says where and how
    // (it agrees with the decoder on every input: see the unit tests).
    const bad = firstInvalidUtf8(bytes);
    if (bad) return { ok: false, reason: `is not valid UTF-8 (first bad byte at offset ${bad.offset}, 0x${hex(bytes[bad.offset])}: ${bad.why}; not guessed at)` };
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return checked(text, 'utf-8', s.bom, nulNote(bytes, 1));
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodeResult {
  const label = LABEL[encoding];
  if (bytes.length % 2 !== 0) return { ok: false, reason: `is not valid ${label} (an odd number of bytes, ${bytes.length})` };
  const lone = loneSurrogate(bytes, encoding === 'utf-16le');
  if (lone >= 0) return { ok: false, reason: `is not valid ${label} (an unpaired surrogate at byte offset ${lone})` };
  const text = new TextDecoder(encoding, { ignoreBOM: !bom }).decode(bytes);
  const guessed = bom ? undefined : `has no byte-order mark but reads as ${label} (a NUL byte at every ${encoding === 'utf-16le' ? 'odd' : 'even'} offset of its first ${BINARY_SNIFF_BYTES} bytes, as VS Code guesses)`;
  const nuls = nulNote(new Uint8Array(0), 2, text);
  return checked(text, encoding, bom, [guessed, nuls].filter(Boolean).join('; ') || undefined);
}

/**
 * A note on NUL characters kept in the text: counted in the bytes of a UTF-8 file (offsets
 * in bytes), or in the decoded text of a UTF-16 file (offsets in characters).
 */
function nulNote(bytes: Uint8Array, unit: 1 | 2, text?: string): string | undefined {
  let count = 0;
  let first = -1;
  if (text === undefined) {
    for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) { if (first < 0) first = i; count++; }
  } else {
    for (let i = text.indexOf('\u0000'); i >= 0; i = text.indexOf('\u0000', i + 1)) { if (first < 0) first = i; count++; }
  }
  if (count === 0) return undefined;
  const at = unit === 1 ? `byte offset ${first}` : `character ${first}`;
  return count === 1
    ? `holds a NUL character (at ${at}); read as text with it kept, as VS Code shows it`
    : `holds ${count} NUL characters (the first at ${at}); read as text with them kept, as VS Code shows them`;
}

function checked(text: string, encoding: TextEncoding, bom: boolean, note: string | undefined): DecodeResult {
  if (text.length > MAX_ARTICLE_CHARS) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    return { ok: false, reason: `is too large to align (${mb(text.length)}M characters; the limit is ${mb(MAX_ARTICLE_CHARS)}M)` };
  }
  return note ? { ok: true, text, encoding, bom, note } : { ok: true, text, encoding, bom };
}

/** Byte offset of the first UTF-16 code unit that is half of a surrogate pair without its other half, or -1. */
function loneSurrogate(b: Uint8Array, le: boolean): number {
  const unit = (i: number) => (i + 1 < b.length ? (le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]) : -1);
  for (let i = 0; i + 1 < b.length; i += 2) {
    const c = unit(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const d = unit(i + 2);
      if (d >= 0xdc00 && d <= 0xdfff) { i += 2; continue; }
    }
    return i;
  }
  return -1;
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, '0');
}
