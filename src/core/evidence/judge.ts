import type { WordOdds } from './wordOdds';
import { MatchedWords, MatchSide, Wording, wordingEvidence } from './wording';
import { Vocabulary, VocabularySimilarity } from './vocabulary';
import type { EvidenceCache } from './evidenceCache';
import type { PairCounts } from './pairCounts';

/** What kind of evidence proposed a link. */
export type CandidateKind = 'passage' | 'phrase' | 'paraphrase';

/** A proposed link between articles `a` and `b` (indices), with its matched words; `owner` keys its cached wording. */
export interface Candidate {
  readonly owner: object;
  readonly a: number;
  readonly b: number;
  readonly kind: CandidateKind;
  readonly pairs: Int32Array;
  /** For a phrase link: the appearance stands in quotation marks too (both writers mark it as someone's words). */
  readonly quotedBoth?: boolean;
}

/** The chance model's verdict on a candidate link. */
export interface Verdict {
  readonly kept: boolean;
  readonly wording: Wording;
  /** Evidence that the two articles are related apart from this link, in powers of ten. */
  readonly related: number;
}

/** The folder as the judge sees it. */
export interface JudgedFolder {
  readonly side: (doc: number) => MatchSide;
  readonly vocabulary: (doc: number) => Vocabulary;
  readonly odds: WordOdds;
  readonly pairCounts: PairCounts;
  readonly cache: EvidenceCache;
  readonly similarity: VocabularySimilarity;
  readonly isStop: (key: number) => boolean;
}

/**
 * Evidence a link needs, in powers of ten: its wording and the two articles' relatedness
 * together must make chance at most about one in thirty thousand.
 */
export const THRESHOLD = 4.5;
/** Evidence a link's wording needs at least, whatever the relatedness. */
const WORDING_FLOOR: Record<CandidateKind, number> = { passage: 2, phrase: 1, paraphrase: 2 };
/** Evidence added when both sides of a phrase link stand in quotation marks. */
const QUOTED_BOTH = 1;
/**
 * A passage whose longest run of words copied one for one is shorter than this is kept only
 * between articles related by other evidence: a reprint, even edited, keeps runs this long,
 * while text on one subject put in similar words does not.
 */
const VERBATIM_RUN = 5;
/** Relatedness from another link between the same two articles strong enough on its own. */
const LINKED = 3.5;
/** Relatedness from vocabulary: (cosine - VOCAB_FLOOR) × VOCAB_SCALE, at most VOCAB_MAX. */
const VOCAB_FLOOR = 0.15;
const VOCAB_SCALE = 25;
const VOCAB_MAX = 2.5;
/** Relatedness counts up to this much in all. */
const RELATED_MAX = 4;

/**
 * Decides which candidate links to show. Each link's wording is weighed against chance
 * (wordingEvidence); a link strong enough alone is kept, and makes its two articles related;
 * a weaker one is kept when its wording and the articles' relatedness (another strong link
 * between them, or vocabularies alike in rare words) reach THRESHOLD together. The threshold
 * is the same for any folder size; the counts behind the figures are the folder's own, so a
 * short quote of common words never links two unrelated articles, while the same quote
 * between two reports of one event does.
 */
export function judge(candidates: readonly Candidate[], f: JudgedFolder): Judgement {
  const pairDf = (k1: number, k2: number) => f.pairCounts.get(k1, k2);
  const measure = (m: MatchedWords) => wordingEvidence(m, f.odds, pairDf, f.isStop);
  const weigh = (owner: object, m: MatchedWords) => f.cache.wording(owner, () => m, f.odds.size, f.isStop, measure);
  const matchOf = (c: Candidate) => ({ a: f.side(c.a), b: f.side(c.b), pairs: c.pairs });
  const wordings = candidates.map((c) => {
    const w = f.cache.wording(c.owner, () => matchOf(c), f.odds.size, f.isStop, measure);
    return c.quotedBoth ? f.cache.fixed(w, 'quotedBoth', () => ({ ...w, evidence: w.evidence + QUOTED_BOTH })) : w;
  });
  // Article pairs linked by a link strong on its own, with the links that are: a link is
  // never its own witness.
  const strong = new Map<number, number[]>();
  candidates.forEach((c, n) => {
    if (c.a === c.b || wordings[n].evidence < THRESHOLD) return;
    const list = strong.get(pairKey(c.a, c.b)) ?? [];
    list.push(n);
    strong.set(pairKey(c.a, c.b), list);
  });
  const similarity = f.similarity;
  const related = (a: number, b: number, except = -1, vocabulary = true): number => {
    if (a === b) return 0;
    let r = (strong.get(pairKey(a, b)) ?? []).some((w) => w !== except) ? LINKED : 0;
    if (vocabulary) {
      const cos = similarity.between(f.vocabulary(a), f.vocabulary(b));
      r += Math.max(0, Math.min(VOCAB_MAX, (cos - VOCAB_FLOOR) * VOCAB_SCALE));
    }
    return Math.min(RELATED_MAX, r);
  };
  const verdicts = candidates.map((c, n) => {
    const wording = wordings[n];
    if (wording.evidence < WORDING_FLOOR[c.kind]) return { kept: false, wording, related: 0 };
    if (c.kind === 'passage' && f.cache.fixed(c.owner, 'longestRun', () => longestRun(matchOf(c))) < VERBATIM_RUN) {
      // No stretch copied word for word: reworded text, or the same subject put alike. Only
      // between articles related by other evidence is that reuse.
      const r = related(c.a, c.b, n);
      return { kept: r >= LINKED && wording.evidence + r >= THRESHOLD, wording, related: r };
    }
    // A quoted phrase found unquoted elsewhere may be a writer's own words on the same subject:
    // only another strong link between the two articles, not their vocabulary, relates them.
    const unquoted = c.kind === 'phrase' && !c.quotedBoth;
    const r = wording.evidence >= THRESHOLD ? 0 : related(c.a, c.b, n, !unquoted);
    return { kept: wording.evidence + r >= THRESHOLD, wording, related: r };
  });
  return { verdicts, related: (a, b) => related(a, b), wording: weigh };
}

/** What `judge` decided, and the same scales for other matches in the folder. */
export interface Judgement {
  readonly verdicts: readonly Verdict[];
  /** Relatedness of two articles (see judge). */
  readonly related: (a: number, b: number) => number;
  /** Wording evidence of a further match, cached under `owner` (see EvidenceCache). */
  readonly wording: (owner: object, m: MatchedWords) => Wording;
}

/** Longest run of matched words that follow one another on both sides with the same stem. */
function longestRun(m: MatchedWords): number {
  const ka = m.a.tokens.keys;
  const kb = m.b.tokens.keys;
  let best = 0;
  let run = 0;
  for (let x = 0; x < m.pairs.length; x += 2) {
    const i = m.pairs[x];
    const j = m.pairs[x + 1];
    const follows = x > 0 && i === m.pairs[x - 2] + 1 && j === m.pairs[x - 1] + 1;
    run = ka[i] !== kb[j] ? 0 : follows ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

function pairKey(a: number, b: number): number {
  return a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
}
