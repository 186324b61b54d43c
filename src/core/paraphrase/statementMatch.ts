import type { MatchSide } from '../evidence/wording';
import { properName } from '../evidence/wording';
import { Kinship, kinshipOf, Senses } from './synonyms';

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
  a: StatementWords, b: StatementWords, sensesOf: (key: number) => Senses | undefined, sameSpelling: (i: number, j: number) => boolean,
): StatementMatch {
  // Each option packed into one number that sorts as wanted: value (to 1e-6) first, then the
  // lower word positions (x, y < 128, see MAX_SENTENCE); read back from the largest.
  const n = a.keys.length;
  const m = b.keys.length;
  if (n < MIN_STATEMENT_WORDS || m < MIN_STATEMENT_WORDS) return NOTHING;
  const options = scratch(n * m);
  // Words with an equal word on the other side take it (nothing scores higher), so only the
  // rest are looked up in WordNet.
  const exactA = new Uint8Array(n);
  const exactB = new Uint8Array(m);
  for (let x = 0; x < n; x++) for (let y = 0; y < m; y++) if (a.keys[x] === b.keys[y]) { exactA[x] = 1; exactB[y] = 1; }
  let count = 0;
  for (let x = 0; x < n; x++) {
    const ka = a.keys[x];
    const senses = a.anchors[x] || exactA[x] ? undefined : sensesOf(ka);
    for (let y = 0; y < m; y++) {
      let r = 0;
      if (ka === b.keys[y]) r = SAME_WORD;
      else if (exactA[x] || exactB[y]) r = 0;
      else if (a.anchors[x] || b.anchors[y]) r = sameSpelling(a.at[x], b.at[y]) ? SPELLING : 0;
      else if (senses) {
        const kin = kinshipOf(senses, sensesOf(b.keys[y]));
        r = kin === Kinship.Synonym ? SYNONYM : kin === Kinship.Near ? NEAR_SYNONYM : 0;
      }
      if (r > 0) options[count++] = Math.round(r * (a.weights[x] + b.weights[y]) * 1e6) * 16384 + (16383 - (x * 128 + y));
    }
  }
  const sorted = options.subarray(0, count).sort();
  const usedA = new Uint8Array(n);
  const usedB = new Uint8Array(m);
  let covA = 0;
  let covB = 0;
  const matched: number[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const code = 16383 - (sorted[k] % 16384);
    const x = code >> 7;
    const y = code & 127;
    if (usedA[x] || usedB[y]) continue;
    usedA[x] = 1;
    usedB[y] = 1;
    const r = Math.floor(sorted[k] / 16384) / 1e6 / (a.weights[x] + b.weights[y]);
    covA += r * a.weights[x];
    covB += r * b.weights[y];
    matched.push(a.at[x] * 2 ** 26 + b.at[y]);
  }
  if (matched.length < MIN_MATCHED) return NOTHING;
  let totalA = 0;
  let totalB = 0;
  let missing = 0;
  for (let x = 0; x < n; x++) { totalA += a.weights[x]; if (a.anchors[x] && !usedA[x]) missing++; }
  for (let y = 0; y < m; y++) { totalB += b.weights[y]; if (b.anchors[y] && !usedB[y]) missing++; }
  const score = Math.min(covA / totalA, covB / totalB) - ANCHOR_PENALTY * missing;
  matched.sort((p, q) => p - q);
  const pairs = new Int32Array(2 * matched.length);
  matched.forEach((v, k) => { pairs[2 * k] = Math.floor(v / 2 ** 26); pairs[2 * k + 1] = v % 2 ** 26; });
  return { score, pairs };
}

const NOTHING: StatementMatch = { score: 0, pairs: new Int32Array(0) };

let buffer = new Float64Array(1024);

/** A reused buffer of at least `size` numbers (one option per word pair). */
function scratch(size: number): Float64Array {
  if (buffer.length < size) buffer = new Float64Array(Math.max(size, 2 * buffer.length));
  return buffer;
}
