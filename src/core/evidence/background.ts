import { WORD_RANKS } from './wordRanks';

/**
 * How common a word is in English at large, as the share of articles that contain it: the
 * background the chance model falls back on where a folder is too small to tell (five
 * articles say little about how rare "condolences" is).
 *
 * A word's rank in a frequency list (WORD_RANKS, the GloVe 6B vocabulary order) is turned into
 * a share of documents with a table measured on real web text: for every quarter of a decade of
 * rank, the mean share of the 3,230 PAN 2013 source documents (median 370 words) that contain
 * the words of that rank band (scripts/lexical/calibrate-background.mjs prints it). Between
 * bands the share is interpolated on a log scale.
 */
const SHARE_BY_QUARTER_DECADE = [
  0.988, 0.972, 0.963, 0.828, 0.559, 0.514, 0.404, 0.264, 0.16, 0.104, 0.0772, 0.0522, 0.0348, 0.0204, 0.011, 0.00524,
  0.00228, 0.000897, 0.000328, 0.000182,
];

/** A word outside the list: a rare word, a name, a typo or another script's word. */
export const UNLISTED_SHARE = 3e-5;

let ranks: Map<string, number> | null = null;

function rankOf(word: string): number {
  if (!ranks) {
    ranks = new Map();
    let rank = 0;
    for (const w of WORD_RANKS.split(' ')) ranks.set(w, ++rank);
  }
  return ranks.get(word) ?? 0;
}

/**
 * Share of articles (0..1) that would contain `word` (a normalised spelling: lower case,
 * folded) in a general collection of English text.
 */
export function backgroundShare(word: string): number {
  if (/\d/.test(word)) {
    // Numbers and measures ("7pt", "3D"): short ones are everywhere; longer ones get rarer.
    return word.length <= 1 ? 0.5 : word.length === 2 ? 0.3 : word.length === 3 ? 0.1 : word.length === 4 ? 0.05 : 0.005;
  }
  // A single letter (an initial, a list mark, "Object D"), which the list leaves out.
  if (word.length === 1) return 0.3;
  const rank = rankOf(word);
  if (rank === 0) {
    // One character of a script written without spaces (each is a word here) is common.
    return word.length <= 2 && !/[a-z]/.test(word) ? 0.1 : UNLISTED_SHARE;
  }
  const x = 4 * Math.log10(rank);
  const lo = Math.floor(x);
  const table = SHARE_BY_QUARTER_DECADE;
  if (lo >= table.length - 1) return table[table.length - 1];
  const f = x - lo;
  return 10 ** ((1 - f) * Math.log10(table[lo]) + f * Math.log10(table[lo + 1]));
}
