/**
 * Typographic normalisation with an exact way back to the original text.
 *
 * Reprints differ in noise that says nothing about wording: letter case, composed versus
 * decomposed accents, compatibility forms (ligatures, full-width letters), curly versus
 * straight quotes, the many dashes, non-breaking and soft hyphens, zero-width characters,
 * runs of white space and the three line-ending conventions. Each is folded here.
 *
 * The text is processed one *unit* at a time: a code point plus the combining marks that
 * follow it, or a CR LF pair. A unit may become zero, one or several characters, and every
 * output character records the original start and end of the unit it came from. So any
 * range of the normalised text maps back to whole original code points, never half of a
 * surrogate pair, and NFC and NFD spellings of the same text fold to the same output.
 */

import { Scratch } from '../util/scratch';

/**
 * Normalised text plus, for each of its characters, the original range it came from. The
 * two maps are views of buffers that the next call of normalizeText reuses (see
 * Scratch): read them before normalising another text.
 */
export interface NormalizedText {
  readonly text: string;
  /** `starts[i]`: original offset where the unit behind normalised character i begins. */
  readonly starts: Int32Array;
  /** `ends[i]`: original offset where that unit ends. */
  readonly ends: Int32Array;
}

const DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02';
const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2032\u02bc\u2039\u203a\uff07`\u00b4";
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d';
const INVISIBLE = /^[\u00ad\u200b\u200c\u200d\u2060\ufeff]$/;
const SPACE = /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;
const MARK = /\p{M}/u;

/** Folds one unit (a code point with its combining marks) to its comparable form. */
export function foldUnit(unit: string): string {
  if (unit === '\r\n' || unit === '\r' || unit === '\n' || unit === '\u2028' || unit === '\u2029' || unit === '\u0085') return '\n';
  if (SPACE.test(unit)) return ' ';
  if (INVISIBLE.test(unit)) return '';
  if (DOUBLE_QUOTES.includes(unit)) return '"';
  if (SINGLE_QUOTES.includes(unit)) return "'";
  if (DASHES.includes(unit)) return '-';
  // Compatibility forms, then strip accents (NFD + drop marks), then lower case.
  let out = unit.normalize('NFKD');
  let kept = '';
  for (const ch of out) if (!MARK.test(ch)) kept += ch;
  out = kept.toLowerCase().normalize('NFC');
  return out;
}

/** Growable parallel buffers for the normalised text and its map. */
class Output {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  /** `capacity`: the expected length (the input's, which folding rarely exceeds), so it seldom grows. */
  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

/** One reused Output (see Scratch): a map is read only until its article is scanned. */
const scratch = new Scratch((size) => new Output(size), (out) => out.codes.length);

const decoder = new TextDecoder('utf-16le');
const foldCache = new Map<string, string>();

/**
 * Normalises `text`, collapsing runs of spaces to one and keeping line breaks as `\n`.
 * ASCII, the bulk of most copy, takes a table-free fast path; other units go through
 * `foldUnit`, memoised, since an article uses few distinct non-ASCII characters.
 */
export function normalizeText(text: string): NormalizedText {
  const out = scratch.get(text.length + 1);
  out.length = 0;
  const n = text.length;
  let lastSpace = false;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== 0x0d && c !== 0x60) {
      i++;
      // Combining marks after an ASCII letter make it a unit of its own (NFD accents).
      if (i < n && text.charCodeAt(i) >= 0x300 && MARK.test(String.fromCodePoint(text.codePointAt(i)!))) {
        i = start;
      } else {
        if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) {
          if (lastSpace) out.ends[out.length - 1] = i;
          else out.push(0x20, start, i);
          lastSpace = true;
        } else {
          out.push(c >= 0x41 && c <= 0x5a ? c + 32 : c, start, i);
          lastSpace = false;
        }
        continue;
      }
    }
    let unit: string;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      i += 2;
      unit = '\r\n';
    } else {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      while (i < n) {
        const next = text.codePointAt(i)!;
        if (next < 0x300 || !MARK.test(String.fromCodePoint(next))) break;
        i += next > 0xffff ? 2 : 1;
      }
      unit = text.slice(start, i);
    }
    let folded = foldCache.get(unit);
    if (folded === undefined) {
      folded = foldUnit(unit);
      if (foldCache.size < 50_000) foldCache.set(unit, folded);
    }
    if (folded === ' ') {
      if (lastSpace) { out.ends[out.length - 1] = i; continue; }
      lastSpace = true;
    } else if (folded.length) lastSpace = false;
    for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), start, i);
  }
  return {
    text: decoder.decode(out.codes.subarray(0, out.length)),
    starts: out.starts.subarray(0, out.length),
    ends: out.ends.subarray(0, out.length),
  };
}

/** Maps a normalised range [from, to) back to the original text's range. */
export function toOriginalRange(nt: NormalizedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = from < nt.starts.length ? nt.starts[from] : nt.ends.length ? nt.ends[nt.ends.length - 1] : 0;
    return [at, at];
  }
  return [nt.starts[from], nt.ends[to - 1]];
}
