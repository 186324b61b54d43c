import { Lexicon } from './lexicon';
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

/** A word as first scanned, before hyphenation debris is mended. */
interface RawWord {
  nStart: number;
  nEnd: number;
  word: string;
  /** This word and the next are joined by a hyphen (possibly across a line break). */
  hyphenNext: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPLIT_EACH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Scans normalised text into words: letters and digits, with inner apostrophes. */
export function scanWords(nt: NormalizedText): RawWord[] {
  const t = nt.text;
  const words: RawWord[] = [];
  // Characters are read by code point: an emoji or a rare CJK character outside the BMP is
  // one character of two UTF-16 units, a letter or not as a whole, never half a word.
  const charAt = (i: number) => (i < t.length ? String.fromCodePoint(t.codePointAt(i)!) : '');
  let i = 0;
  while (i < t.length) {
    const ch = charAt(i);
    if (!isWordChar(ch)) { i += ch.length; continue; }
    const start = i;
    if (splitEach(ch)) {
      i += ch.length;
    } else {
      while (i < t.length) {
        const c = charAt(i);
        if (isWordChar(c) && !splitEach(c)) { i += c.length; continue; }
        const next = charAt(i + c.length);
        if (c === "'" && next && isWordChar(next) && !splitEach(next)) { i += c.length; continue; }
        break;
      }
    }
    let hyphenNext = false;
    if (t[i] === '-') {
      let j = i + 1;
      let sawBreak = false;
      while (j < t.length && j - i <= 3 && (t[j] === '\n' || t[j] === ' ')) {
        if (t[j] === '\n') sawBreak = true;
        j++;
      }
      hyphenNext = j < t.length && /\p{L}/u.test(charAt(j)) && (j === i + 1 || sawBreak);
    }
    words.push({ nStart: start, nEnd: i, word: t.slice(start, i), hyphenNext });
  }
  return words;
}

function splitEach(c: string): boolean {
  return c.codePointAt(0)! >= 0x0e00 && SPLIT_EACH.test(c);
}

function isWordChar(c: string): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return WORD_CHAR.test(c);
}

/**
 * Hyphenation debris: a word broken by a stray hyphen ("Washing-ton", "req-uest", "CS-TO").
 * A hyphenated pair is mended into one word when the joined spelling is a word the corpus
 * uses elsewhere without a hyphen. Real compounds ("post-Soviet", "Kassym-Jomart") have no
 * such joined form, so they stay two words. `vocabulary` answers whether a word was seen.
 */
export function mendHyphenation(words: RawWord[], vocabulary: (w: string) => boolean): RawWord[] {
  const out: RawWord[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    while (w.hyphenNext && i + 1 < words.length) {
      const next = words[i + 1];
      const joined = w.word + next.word;
      const bare = joined.endsWith("'s") ? joined.slice(0, -2) : joined;
      if (!vocabulary(joined) && !vocabulary(bare)) break;
      w = { nStart: w.nStart, nEnd: next.nEnd, word: joined, hyphenNext: next.hyphenNext };
      i++;
    }
    out.push(w);
  }
  return out;
}

/** Tokenises an article's text; `vocabulary` decides hyphenation repairs (see mendHyphenation). */
export function tokenize(text: string, lexicon: Lexicon, vocabulary?: (w: string) => boolean): TokenStream {
  const nt = normalizeText(text);
  const raw = scanWords(nt);
  const own = vocabulary ?? wordsOf(raw);
  const words = mendHyphenation(raw, own);
  const n = words.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const norms = new Int32Array(n);
  const keys = new Int32Array(n);
  const breaks = lineBreaksBefore(nt, words);
  for (let k = 0; k < n; k++) {
    const w = words[k];
    starts[k] = nt.starts[w.nStart];
    ends[k] = nt.ends[w.nEnd - 1];
    norms[k] = lexicon.norm(w.word);
    keys[k] = lexicon.key(norms[k]);
  }
  return { count: n, starts, ends, norms, keys, breaks };
}

/** The set of whole words (not parts of hyphenated pairs) in a scan, as a lookup. */
export function wordsOf(raw: readonly RawWord[]): (w: string) => boolean {
  const set = new Set<string>();
  for (let k = 0; k < raw.length; k++) {
    const prevHyphen = k > 0 && raw[k - 1].hyphenNext;
    if (!raw[k].hyphenNext && !prevHyphen) set.add(raw[k].word);
  }
  return (w) => set.has(w);
}

/** For each word, whether a line break lies between it and the word before. */
export function lineBreaksBefore(nt: NormalizedText, words: readonly RawWord[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let k = 1; k < words.length; k++) {
    const gap = nt.text.slice(words[k - 1].nEnd, words[k].nStart);
    if (gap.includes('\n') && !/^-\s*$/.test(gap)) out[k] = 1;
  }
  return out;
}
