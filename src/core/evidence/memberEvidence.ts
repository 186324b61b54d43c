import type { LinkEvidence, MatchKind } from '../types';
import type { TokenStream } from '../normalize/tokenize';
import type { MatchSide, Wording } from './wording';
import { alignSpans } from './alignSpans';

/** A member's words lined up with its cluster's first appearance. */
export interface OriginComparison {
  /** Matched word pairs, flat (i in the origin, j in the member), in reading order. */
  readonly pairs: Int32Array;
  /**
   * 2·matched / (origin words + member words), a matched word spelled differently ("trained" /
   * "training", "Jomart" / "Zhomart") counting half: the one similarity shown everywhere.
   */
  readonly similarity: number;
  /** Member words that differ: changed, added or dropped (a replaced word counts once). */
  readonly changed: number;
}

/**
 * Lines a member (tokens [ms, me) of `member`) up with the origin (tokens [os, oe) of
 * `origin`) word by word; words are equal by `same` (stems, spelling variants), and a pair
 * whose spellings differ ("trained" / "training") counts as a change. `inAnyOrder` matches
 * equal words wherever they stand, for statements restated in another order.
 */
export function compareWithOrigin(
  origin: MatchSide, os: number, oe: number, member: MatchSide, ms: number, me: number, same: (i: number, j: number) => boolean,
  inAnyOrder = false,
): OriginComparison {
  const pairs = inAnyOrder ? matchInAnyOrder(origin, os, oe, member, ms, me) : alignSpans(origin.tokens.keys, os, oe, member.tokens.keys, ms, me, same);
  const matched = pairs.length / 2;
  let respelled = 0;
  for (let x = 0; x < pairs.length; x += 2) if (origin.tokens.norms[pairs[x]] !== member.tokens.norms[pairs[x + 1]]) respelled++;
  const total = oe - os + (me - ms);
  const similarity = total > 0 ? Math.round((2000 * (matched - respelled / 2)) / total) / 1000 : 0;
  const changed = Math.max(oe - os - matched, me - ms - matched) + respelled;
  return { pairs, similarity, changed };
}

/**
 * The one similarity of two stretches of words shown everywhere (cluster members, comparison
 * rows, found phrases): tokens [as, ae) of `a` against [bs, be) of `b`, words equal by stem
 * (see compareWithOrigin).
 */
export function similarityOf(a: TokenStream, as: number, ae: number, b: TokenStream, bs: number, be: number): number {
  return compareWithOrigin({ tokens: a, text: '' }, as, ae, { tokens: b, text: '' }, bs, be, (i, j) => a.keys[i] === b.keys[j]).similarity;
}

/**
 * Pairs equal words (same stem) wherever they stand, each word once, the nearest first: a
 * restatement may reorder its clauses, which an alignment in reading order would not match.
 */
function matchInAnyOrder(origin: MatchSide, os: number, oe: number, member: MatchSide, ms: number, me: number): Int32Array {
  const free = new Map<number, number[]>();
  for (let j = me - 1; j >= ms; j--) {
    const k = member.tokens.keys[j];
    const list = free.get(k);
    if (list) list.push(j);
    else free.set(k, [j]);
  }
  const pairs: number[] = [];
  for (let i = os; i < oe; i++) {
    const j = free.get(origin.tokens.keys[i])?.pop();
    if (j !== undefined) pairs.push(i, j);
  }
  return Int32Array.from(pairs);
}

/** Evidence is capped here (powers of ten) so the chance figure stays a plain number. */
const MAX_EVIDENCE = 300;

/** The evidence record of a member (see LinkEvidence); `words` lists its distinctive words only. */
export function memberEvidence(cmp: OriginComparison, wording: Wording, related: number, match: MatchKind, member: MatchSide): LinkEvidence {
  const t = member.tokens;
  const words: string[] = [];
  if (wording.distinctive > 0) {
    for (const j of wording.carriers) {
      const w = member.text.slice(t.starts[j], t.ends[j]);
      if (!words.includes(w)) words.push(w);
    }
  }
  const evidence = Math.min(MAX_EVIDENCE, Math.max(0, wording.evidence + related));
  const chance = Number((10 ** -evidence).toPrecision(2));
  return { match, similarity: cmp.similarity, chance, words, changed: cmp.changed };
}

/**
 * One short line saying why a member is linked to the first appearance, for hovers, views and
 * the text report: "same quote, 5 distinctive words; 2 words changed".
 */
export function explainEvidence(e: LinkEvidence): string {
  const what = e.match === 'verbatim' ? 'same words' : e.match === 'quote-phrase' ? 'same quote' : e.match === 'paraphrase' ? 'same statement in other words' : 'same passage';
  const n = e.words.length;
  const distinctive = n === 0 ? 'common words only' : `${n} distinctive ${n === 1 ? 'word' : 'words'}`;
  const changes = e.changed === 0 ? 'no words changed' : `${e.changed} ${e.changed === 1 ? 'word' : 'words'} changed`;
  return `${what}, ${distinctive}; ${changes}; chance ${chanceText(e.chance)}`;
}

/** A chance figure in words: "about 1 in 3,000", "under 1 in a billion". */
export function chanceText(chance: number): string {
  if (chance >= 0.5) return 'high';
  if (chance < 1e-9) return 'under 1 in a billion';
  const oneIn = 1 / chance;
  const rounded = Number(oneIn.toPrecision(oneIn < 100 ? 2 : 1));
  return `about 1 in ${rounded.toLocaleString('en')}`;
}
