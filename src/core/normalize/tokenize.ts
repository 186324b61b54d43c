import { Lexicon } from './lexicon';
import { Scratch } from '../util/scratch';
import { NormalizedText, normalizeText } from './normalizeText';

/**
 * A tokenised article: parallel typed arrays, one entry per word. Offsets are into the
 * original text (UTF-16), so every token round-trips to exactly what the writer typed.
 */
export interface TokenStream {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Lexicon norm id (normalised spelling). */
  readonly norms: Int32Array;
  /** Lexicon key id (stem), what matching compares. */
  readonly keys: Int32Array;
  /** 1 where a line break separates this token from the previous one. */
  readonly breaks: Uint8Array;
}

/**
 * The words of a text as first scanned, before hyphenation debris is mended: parallel arrays,
 * one entry per word. Offsets are into the original text; `norms` are lexicon ids.
 */
export interface ScannedWords {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly norms: Int32Array;
  /** 1 where this word and the next are joined by a hyphen (possibly across a line break). */
  readonly hyphenNext: Uint8Array;
  /** 1 where a line break separates this word from the one before. */
  readonly breaks: Uint8Array;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPLIT_EACH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Scans normalised text into words (letters and digits, with inner apostrophes), interning
 * each spelling in `lexicon`. Words are kept as typed columns, not objects: a large folder
 * holds millions of them between the scan and the mending of debris.
 */
export function scanWords(nt: NormalizedText, lexicon: Lexicon): ScannedWords {
  const t = nt.text;
  const n = t.length;
  // At most one word per unit (scripts without spaces split every character); the columns
  // are filled in reused buffers and copied out at their length.
  const { starts, ends, norms, hyphens, breaks } = scratch.get(n + 1);
  let count = 0;
  let lastEnd = -1;
  // Characters are read by code point: an emoji or a rare CJK character outside the BMP is
  // one character of two UTF-16 units, a letter or not as a whole, never half a word.
  const codeAt = (i: number) => {
    const c = t.charCodeAt(i);
    return c < 0xd800 || c > 0xdfff ? c : t.codePointAt(i)!;
  };
  let i = 0;
  while (i < n) {
    const c0 = t.charCodeAt(i);
    if (c0 < 0x80 && !isAsciiWordCode(c0)) { i++; continue; }
    const cp = codeAt(i);
    if (!isWordCode(cp)) { i += cp > 0xffff ? 2 : 1; continue; }
    const start = i;
    if (splitsEach(cp)) {
      i += cp > 0xffff ? 2 : 1;
    } else {
      while (i < n) {
        const c = t.charCodeAt(i);
        // ASCII letters and digits first: the bulk of most copy.
        if (isAsciiWordCode(c)) { i++; continue; }
        if (c >= 0x80) {
          const cp = codeAt(i);
          if (isWordCode(cp) && !splitsEach(cp)) { i += cp > 0xffff ? 2 : 1; continue; }
        }
        if (c === 0x27 && i + 1 < n) {
          const next = codeAt(i + 1);
          if (isWordCode(next) && !splitsEach(next)) { i++; continue; }
        }
        break;
      }
    }
    let hyphenNext = false;
    if (t.charCodeAt(i) === 0x2d) {
      let j = i + 1;
      let sawBreak = false;
      while (j < n && j - i <= 3 && (t[j] === '\n' || t[j] === ' ')) {
        if (t[j] === '\n') sawBreak = true;
        j++;
      }
      hyphenNext = j < n && LETTER.test(String.fromCodePoint(codeAt(j))) && (j === i + 1 || sawBreak);
    }
    starts[count] = nt.starts[start];
    ends[count] = nt.ends[i - 1];
    norms[count] = lexicon.norm(t.slice(start, i));
    hyphens[count] = hyphenNext ? 1 : 0;
    breaks[count] = count > 0 && breakBetween(t, lastEnd, start) ? 1 : 0;
    lastEnd = i;
    count++;
  }
  const fit = <T extends Int32Array | Uint8Array>(a: T) => a.slice(0, count) as T;
  return { count, starts: fit(starts), ends: fit(ends), norms: fit(norms), hyphenNext: fit(hyphens), breaks: fit(breaks) };
}

interface Columns {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly norms: Int32Array;
  readonly hyphens: Uint8Array;
  readonly breaks: Uint8Array;
}

/** One reused set of columns (see Scratch), copied out at the scan's length. */
const scratch = new Scratch<Columns>(
  (size) => ({ starts: new Int32Array(size), ends: new Int32Array(size), norms: new Int32Array(size), hyphens: new Uint8Array(size), breaks: new Uint8Array(size) }),
  (c) => c.starts.length,
);

/** Whether the gap [from, to) of normalised text holds a line break that is not hyphenation debris ("-" then spaces). */
function breakBetween(t: string, from: number, to: number): boolean {
  let newline = false;
  for (let k = from; k < to; k++) if (t.charCodeAt(k) === 0x0a) { newline = true; break; }
  return newline && !/^-\s*$/.test(t.slice(from, to));
}

const LETTER = /\p{L}/u;

/** Answers for BMP code points outside ASCII, filled in as they are met: 0 unknown, 1 yes, 2 no. */
const wordCodes = new Uint8Array(0x10000);
const splitCodes = new Uint8Array(0x10000);

/** An ASCII letter or digit. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** A letter or digit (by code point). */
function isWordCode(cp: number): boolean {
  if (cp < 0x80) return isAsciiWordCode(cp);
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  if (wordCodes[cp] === 0) wordCodes[cp] = WORD_CHAR.test(String.fromCodePoint(cp)) ? 1 : 2;
  return wordCodes[cp] === 1;
}

/** A character of a script written without spaces, taken as a word of its own. */
function splitsEach(cp: number): boolean {
  if (cp < 0x0e00) return false;
  if (cp > 0xffff) return SPLIT_EACH.test(String.fromCodePoint(cp));
  if (splitCodes[cp] === 0) splitCodes[cp] = SPLIT_EACH.test(String.fromCodePoint(cp)) ? 1 : 2;
  return splitCodes[cp] === 1;
}


/**
 * Hyphenation debris: a word broken by a stray hyphen ("Washing-ton", "req-uest", "CS-TO").
 * A hyphenated pair is mended into one word when the joined spelling is a word the corpus
 * uses elsewhere without a hyphen. Real compounds ("post-Soviet", "Kassym-Jomart") have no
 * such joined form, so they stay two words. `known` answers whether a word was seen whole
 * (see forEachWholeWord). Returns the tokens, written over the scan's columns: `w` is used up.
 */
export function mendTokens(w: ScannedWords, lexicon: Lexicon, known: (word: string) => boolean): TokenStream {
  // The tokens are written over the scan's own columns (token n is written from word i >= n,
  // after word i is read), which saves allocating them again: the scan must not be read after.
  const { starts, ends, norms, breaks } = w;
  const keys = new Int32Array(w.count);
  let n = 0;
  for (let i = 0; i < w.count; i++) {
    starts[n] = starts[i];
    breaks[n] = breaks[i];
    let norm = norms[i];
    let hyphen = w.hyphenNext[i];
    while (hyphen && i + 1 < w.count) {
      const joined = lexicon.norms[norm] + lexicon.norms[norms[i + 1]];
      const bare = joined.endsWith("'s") ? joined.slice(0, -2) : joined;
      if (!known(joined) && !known(bare)) break;
      norm = lexicon.norm(joined);
      hyphen = w.hyphenNext[i + 1];
      i++;
    }
    ends[n] = ends[i];
    norms[n] = norm;
    keys[n] = lexicon.key(norm);
    n++;
  }
  if (n === w.count) return { count: n, starts, ends, norms, keys, breaks };
  return { count: n, starts: starts.slice(0, n), ends: ends.slice(0, n), norms: norms.slice(0, n), keys: keys.slice(0, n), breaks: breaks.slice(0, n) };
}

/** Calls `visit` with the norm id of every whole word (not part of a hyphenated pair). */
export function forEachWholeWord(w: ScannedWords, visit: (norm: number) => void): void {
  for (let k = 0; k < w.count; k++) {
    if (!w.hyphenNext[k] && !(k > 0 && w.hyphenNext[k - 1])) visit(w.norms[k]);
  }
}

/** Tokenises a text; `known` decides hyphenation repairs (by default, the text's own whole words). */
export function tokenize(text: string, lexicon: Lexicon, known?: (word: string) => boolean): TokenStream {
  const words = scanWords(normalizeText(text), lexicon);
  if (!known) {
    const own = new Set<number>();
    forEachWholeWord(words, (id) => own.add(id));
    known = lexicon.knownBy((id) => own.has(id));
  }
  return mendTokens(words, lexicon, known);
}
