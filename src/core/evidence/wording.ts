import type { TokenStream } from '../normalize/tokenize';
import type { WordOdds } from './wordOdds';

/** One side of a match: an article's words and its text (for letter case). */
export interface MatchSide {
  readonly tokens: TokenStream;
  readonly text: string;
}

/** Words matched between two articles: flat (i, j) token pairs, i in `a`, j in `b`, in reading order. */
export interface MatchedWords {
  readonly a: MatchSide;
  readonly b: MatchSide;
  readonly pairs: Int32Array;
}

/** The chance model's reading of a match (see wordingEvidence). */
export interface Wording {
  /** Evidence against chance, in powers of ten: 3 means about one chance in a thousand. */
  readonly evidence: number;
  /** Matched content words. */
  readonly content: number;
  /** Unmatched words inside the matched stretch, both sides together. */
  readonly gaps: number;
  /** Names matched only by folding case ("New Thought" / "new thought"). */
  readonly caseOnly: number;
  /**
   * Token indices in `b` of the distinctive matched words (each rarer than one article in ten
   * by its weight here), heaviest first; when none is, the three heaviest matched words.
   */
  readonly carriers: readonly number[];
  /** How many matched words are distinctive. */
  readonly distinctive: number;
}

/**
 * A word that starts a run of matched words is discounted by this factor: two articles on one
 * subject share its words anyway, so a lone shared word is weak evidence; a shared run, the
 * same words in the same order, is what chance rarely makes.
 */
const TOPIC = 3;
/**
 * Least a word continuing a run adds: a passage that many articles of the folder share (a wire
 * story reprinted widely) makes each word likely after the one before, yet a long shared run
 * stays unlikely by chance; page furniture among them is told apart by where it stands (see
 * looksLikeTemplate), not by this figure.
 */
const MIN_FOLLOW = 0.25;
/** Evidence taken off for each unmatched word inside a match: a content word, a function word. */
const GAP_CONTENT = 0.5;
const GAP_FUNCTION = 0.05;
/** Evidence taken off for a name matched only by folding case (which also counts half). */
const CASE_ONLY = 0.25;
/** Most carrying words a Wording lists. */
const CARRIERS = 12;
/** Weight (powers of ten) from which a matched word counts as distinctive. */
const DISTINCTIVE = 1;

/**
 * How unlikely a match is by chance, from how common its words are in the folder (WordOdds):
 * each matched content word adds -log10 of the chance that an unrelated article holds it,
 * where a word that continues a run (the previous matched content word is its neighbour on
 * both sides) counts by the chance that it follows that word (at least MIN_FOLLOW), so a
 * common collocation ("New York", "Times New Roman") weighs little past its first word, and a
 * word that starts a run is discounted by TOPIC. Unmatched words inside the match and names matched only by case
 * count against it. Function words carry nothing. The result is a log10 likelihood ratio, so
 * evidence from independent parts of a link adds up.
 */
export function wordingEvidence(
  m: MatchedWords, odds: WordOdds, pairDf: (k1: number, k2: number) => number, isStop: (key: number) => boolean,
): Wording {
  const { a, b, pairs } = m;
  const ta = a.tokens;
  const tb = b.tokens;
  let evidence = 0;
  let content = 0;
  let caseOnly = 0;
  let prevI = -1;
  let prevJ = -1;
  let prevKey = -1;
  const weights: Array<[number, number]> = [];
  for (let x = 0; x < pairs.length; x += 2) {
    const i = pairs[x];
    const j = pairs[x + 1];
    const ka = ta.keys[i];
    if (isStop(ka)) continue;
    content++;
    // "New Thought" is not "new thought": equality of a name only once case is folded counts half.
    const caseFolded = properName(a, i) !== properName(b, j);
    if (caseFolded) {
      caseOnly++;
      evidence -= CASE_ONLY;
    }
    const kb = tb.keys[j];
    let s: number;
    if (ka !== kb) {
      // A spelling variant (a transliteration): as rare as the commoner of the two.
      s = -Math.log10(Math.min(1, TOPIC * Math.max(odds.share(ka, ta.norms[i]), odds.share(kb, tb.norms[j]))));
      prevKey = -1;
    } else if (prevKey >= 0 && neighbours(ta, prevI, i, isStop) && neighbours(tb, prevJ, j, isStop)) {
      s = Math.max(MIN_FOLLOW, -Math.log10(odds.follows(prevKey, ka, ta.norms[i], pairDf(prevKey, ka))));
      prevKey = ka;
    } else {
      s = -Math.log10(Math.min(1, TOPIC * odds.share(ka, ta.norms[i])));
      prevKey = ka;
    }
    if (caseFolded) s /= 2;
    evidence += s;
    weights.push([j, s]);
    prevI = i;
    prevJ = j;
  }
  let gapContent = 0;
  let gapFunction = 0;
  // Words left out between matched ones, on each side (positions sorted: a paraphrase may
  // match its words in another order).
  for (const [side, offset] of [[ta, 0], [tb, 1]] as const) {
    const at = new Int32Array(pairs.length / 2);
    for (let x = offset, n = 0; x < pairs.length; x += 2) at[n++] = pairs[x];
    at.sort();
    for (let n = 1; n < at.length; n++) {
      for (let t = at[n - 1] + 1; t < at[n]; t++) isStop(side.keys[t]) ? gapFunction++ : gapContent++;
    }
  }
  evidence -= GAP_CONTENT * gapContent + GAP_FUNCTION * gapFunction;
  weights.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const distinctive = weights.filter(([, w]) => w >= DISTINCTIVE).length;
  const carriers = weights.slice(0, distinctive > 0 ? Math.min(CARRIERS, distinctive) : 3).map(([j]) => j);
  return { evidence, content, gaps: gapContent + gapFunction, caseOnly, carriers, distinctive };
}

/** Whether tokens p < q are neighbouring content words: only function words between, no line break. */
function neighbours(t: TokenStream, p: number, q: number, isStop: (key: number) => boolean): boolean {
  if (p < 0 || q <= p) return false;
  for (let k = p + 1; k <= q; k++) {
    if (t.breaks[k]) return false;
    if (k < q && !isStop(t.keys[k])) return false;
  }
  return true;
}

/**
 * Whether token i is written as a name: capitalised in the middle of a sentence next to a
 * word in lower case (so neither a sentence's first word nor a word of a title in title case).
 */
export function properName(side: MatchSide, i: number): boolean {
  const { tokens: t, text } = side;
  if (!isCapital(text, t.starts[i])) return false;
  if (startsSentence(text, t.starts[i])) return false;
  // Title case ("Helping Your Neighbors"): capitals all round are a heading's, not a name's.
  for (const n of [i - 1, i + 1]) {
    if (n < 0 || n >= t.count) continue;
    if ((n < i ? t.breaks[i] : t.breaks[n])) continue;
    if (!isCapital(text, t.starts[n])) return true;
  }
  return false;
}

/** Whether the character at `at` is a capital letter. */
export function isCapital(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = text[at];
  return c !== c.toLowerCase();
}

/** Characters that may stand between a sentence's end and its first word: spaces, quotation marks, brackets, dashes. */
const BETWEEN = new Set([...' \t\u00a0"\'“”‘’«»([—–-'].map((c) => c.charCodeAt(0)));
/** Characters that end a sentence (or a line) before a word. */
const ENDS = new Set([...'\n\r.!?:\u2028\u2029'].map((c) => c.charCodeAt(0)));

/** Whether offset `at` begins a sentence: only spaces, quotation marks or brackets back to a stop, a colon or a line start. */
function startsSentence(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (ENDS.has(c)) return true;
    if (!BETWEEN.has(c)) return false;
  }
  return true;
}
