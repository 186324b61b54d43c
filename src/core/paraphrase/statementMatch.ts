import type { MatchSide } from '../evidence/wording';
import { properName } from '../evidence/wording';
import { Kinship, kinship } from './synonyms';

/** The content words of one sentence, as the paraphrase matcher reads them. */
export interface StatementWords {
  /** Token indices of the content words, in reading order. */
  readonly at: Int32Array;
  readonly keys: Int32Array;
  readonly norms: Int32Array;
  /** How much each word says (see wordWeight). */
  readonly weights: Float64Array;
  /** Names and numbers: a paraphrase keeps them. */
  readonly anchors: Uint8Array;
}

/** How much a word says in a statement: -log10 of its background share, between 0.3 and 4.5. */
export function wordWeight(backgroundShare: number): number {
  return Math.min(4.5, Math.max(0.3, -Math.log10(backgroundShare)));
}

/** What a paraphrase needs to say the same: the smaller of the two sides' weighted coverage, less anchor penalties. */
export const PARAPHRASE_MIN = 0.66;
/** Taken off the score for each name or number one side has and the other lacks. */
const ANCHOR_PENALTY = 0.08;
/** Fewest content words of a sentence the matcher compares, and fewest it must match. */
export const MIN_STATEMENT_WORDS = 4;
const MIN_MATCHED = 3;
/** How much a matched word counts, by how it matched. */
const SAME_WORD = 1;
const SPELLING = 0.9;
const SYNONYM = 0.85;
const NEAR_SYNONYM = 0.6;

/** Reads tokens [from, to) of a side as a statement (see StatementWords). */
export function statementWords(
  side: MatchSide, from: number, to: number, isStop: (key: number) => boolean, weightOf: (norm: number) => number,
): StatementWords {
  const t = side.tokens;
  const at: number[] = [];
  for (let i = from; i < to; i++) if (!isStop(t.keys[i])) at.push(i);
  const n = at.length;
  const out = { at: Int32Array.from(at), keys: new Int32Array(n), norms: new Int32Array(n), weights: new Float64Array(n), anchors: new Uint8Array(n) };
  at.forEach((i, x) => {
    out.keys[x] = t.keys[i];
    out.norms[x] = t.norms[i];
    out.weights[x] = weightOf(t.norms[i]);
    const c = side.text.charCodeAt(t.starts[i]);
    out.anchors[x] = (c >= 0x30 && c <= 0x39) || properName(side, i) ? 1 : 0;
  });
  return out;
}

/** How well two statements match, and the words matched (flat token pairs, sorted by the first). */
export interface StatementMatch {
  readonly score: number;
  readonly pairs: Int32Array;
}

/**
 * Scores two sentences as versions of one statement. Every content word of one is paired with
 * at most one of the other, wherever it stands (clauses may be reordered, a passive turned
 * active): the same word (stem) first, then a spelling variant, then a WordNet synonym or
 * near-synonym. Names and numbers pair only with themselves. Pairs are taken greedily, the
 * best-weighted first. Each side's coverage is the weight of its matched words (times how well
 * they matched) over the weight of all its content words, rare words weighing most; the score
 * is the smaller coverage, less ANCHOR_PENALTY for every name or number left unmatched, so a
 * statement about other people or other figures does not pass for the same one.
 */
export function matchStatements(
  a: StatementWords, b: StatementWords, stemOf: (key: number) => string, sameSpelling: (i: number, j: number) => boolean,
): StatementMatch {
  const options: Array<[number, number, number]> = [];
  for (let x = 0; x < a.keys.length; x++) {
    for (let y = 0; y < b.keys.length; y++) {
      let r = 0;
      if (a.keys[x] === b.keys[y]) r = SAME_WORD;
      else if (sameSpelling(a.at[x], b.at[y])) r = SPELLING;
      else if (!a.anchors[x] && !b.anchors[y]) {
        const kin = kinship(stemOf(a.keys[x]), stemOf(b.keys[y]));
        r = kin === Kinship.Synonym ? SYNONYM : kin === Kinship.Near ? NEAR_SYNONYM : 0;
      }
      if (r > 0) options.push([x, y, r * (a.weights[x] + b.weights[y])]);
    }
  }
  options.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
  const usedA = new Uint8Array(a.keys.length);
  const usedB = new Uint8Array(b.keys.length);
  let covA = 0;
  let covB = 0;
  const matched: Array<[number, number]> = [];
  for (const [x, y, v] of options) {
    if (usedA[x] || usedB[y]) continue;
    usedA[x] = 1;
    usedB[y] = 1;
    const r = v / (a.weights[x] + b.weights[y]);
    covA += r * a.weights[x];
    covB += r * b.weights[y];
    matched.push([a.at[x], b.at[y]]);
  }
  const total = (s: StatementWords) => s.weights.reduce((sum, w) => sum + w, 0);
  let missing = 0;
  a.anchors.forEach((f, x) => { if (f && !usedA[x]) missing++; });
  b.anchors.forEach((f, y) => { if (f && !usedB[y]) missing++; });
  const enough = matched.length >= MIN_MATCHED && a.keys.length >= MIN_STATEMENT_WORDS && b.keys.length >= MIN_STATEMENT_WORDS;
  const score = enough ? Math.min(covA / total(a), covB / total(b)) - ANCHOR_PENALTY * missing : 0;
  matched.sort((p, q) => p[0] - q[0]);
  const pairs = new Int32Array(2 * matched.length);
  matched.forEach(([i, j], n) => { pairs[2 * n] = i; pairs[2 * n + 1] = j; });
  return { score, pairs };
}
