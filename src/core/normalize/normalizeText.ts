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

/** Normalised text plus, for each of its characters, the original range it came from. */
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

/** Normalises `text`, collapsing runs of spaces to one and keeping line breaks as `\n`. */
export function normalizeText(text: string): NormalizedText {
  const outChars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = i;
    let unit: string;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) {
      i += 2;
      unit = '\r\n';
    } else {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      // Attach following combining marks to this unit.
      while (i < n) {
        const next = text.codePointAt(i)!;
        const ch = String.fromCodePoint(next);
        if (!MARK.test(ch)) break;
        i += ch.length;
      }
      unit = text.slice(start, i);
    }
    const folded = unit.length === 1 && isPlainAscii(unit.charCodeAt(0)) ? unit.toLowerCase() : foldUnit(unit);
    if (folded === ' ' && outChars.length > 0 && outChars[outChars.length - 1] === ' ') {
      ends[ends.length - 1] = i; // extend the previous space over this one
      continue;
    }
    for (let k = 0; k < folded.length; k++) {
      outChars.push(folded[k]);
      starts.push(start);
      ends.push(i);
    }
  }
  return { text: outChars.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function isPlainAscii(c: number): boolean {
  // Letters, digits and the ASCII punctuation that folding leaves alone.
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    c === 0x20 || c === 0x2c || c === 0x2e || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f ||
    c === 0x28 || c === 0x29 || c === 0x2f;
}

/** Maps a normalised range [from, to) back to the original text's range. */
export function toOriginalRange(nt: NormalizedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = from < nt.starts.length ? nt.starts[from] : nt.ends.length ? nt.ends[nt.ends.length - 1] : 0;
    return [at, at];
  }
  return [nt.starts[from], nt.ends[to - 1]];
}
