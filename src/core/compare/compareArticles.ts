import type { AlignOptions, ArticleInput, CompareResult, CompareRow, Span } from '../types';
import { Article, readArticles } from '../input/article';
import { Lexicon } from '../normalize/lexicon';
import { sentences } from '../segment/sentences';
import { TokenMatcher } from '../align/tokenMatch';
import { settingsFrom } from '../align/settings';
import { wordDiff } from '../diff/wordDiff';
import { longestIncreasing } from './order';
import { normalizeText } from '../normalize/normalizeText';
import { matchUnits, passagePairs, Unit, unitsOf } from './sentenceMatch';
import { shingleHashes } from '../match/shingles';
import { seedsBetween } from '../match/seedIndex';
import { PairAligner } from '../align/pairJobs';
import { similarityOf } from '../evidence/memberEvidence';

/**
 * Lines two articles up sentence by sentence, in the left article's order: each left
 * sentence is `same` (no wording change), `changed` (with a word diff), `moved` (its
 * counterpart is out of order on the right) or `omitted`; right sentences with no counterpart
 * are `added` rows placed where they fall in the right article.
 */
export function compareArticles(left: ArticleInput, right: ArticleInput, options?: AlignOptions): CompareResult {
  const s = settingsFrom(options);
  const lexicon = new Lexicon();
  const articles = readArticles([left, right], lexicon, s.useDates);
  const L = articles.find((a) => a.input === left)!;
  const R = articles.find((a) => a.input === right && a !== L)!;
  const isStop = lexicon.isStop;
  const matcher = new TokenMatcher(lexicon.norms);
  const lu = unitsOf(L, sentences(L.text));
  const ru = unitsOf(R, sentences(R.text));
  const same = (i: number, j: number) => matcher.same(L.tokens.norms[i], L.tokens.keys[i], R.tokens.norms[j], R.tokens.keys[j]);
  const seeds = seedsBetween(shingleHashes(L.tokens, s.shingleSize, isStop), shingleHashes(R.tokens, s.shingleSize, isStop));
  const pair = [L.tokens, R.tokens];
  const { regions } = new PairAligner((d) => pair[d], lexicon.norms, isStop, s).align({ a: 0, b: 1, seeds });
  const pairs = matchUnits(L, lu, R, ru, same, isStop, s.minSimilarity, passagePairs(lu, ru, regions, s.minMatchedWords));

  const inOrder = longestIncreasing(pairs.map((p) => p.right));
  const partner = new Map<number, { right: number; similarity: number; moved: boolean }>();
  pairs.forEach((p, n) => partner.set(p.left, { right: p.right, similarity: p.similarity, moved: !inOrder.has(n) }));
  const matchedRight = new Set(pairs.map((p) => p.right));
  const anchoredRight = new Map<number, number>(); // right unit in order -> left unit
  pairs.forEach((p, n) => { if (inOrder.has(n)) anchoredRight.set(p.right, p.left); });

  // Added right sentences go after the row of the nearest in-order right sentence before them.
  const addedAfter = new Map<number, number[]>(); // left unit index (-1: before all) -> right units
  let anchor = -1;
  ru.forEach((_, r) => {
    if (anchoredRight.has(r)) anchor = anchoredRight.get(r)!;
    else if (!matchedRight.has(r)) {
      const list = addedAfter.get(anchor) ?? [];
      list.push(r);
      addedAfter.set(anchor, list);
    }
  });

  const rows: CompareRow[] = [];
  const pushAdded = (after: number) => {
    for (const r of addedAfter.get(after) ?? []) rows.push({ kind: 'added', left: null, right: spanOf(R, ru[r]), score: 0 });
  };
  pushAdded(-1);
  lu.forEach((u, l) => {
    const p = partner.get(l);
    if (!p) rows.push({ kind: 'omitted', left: spanOf(L, u), right: null, score: 0 });
    else {
      const a = spanOf(L, u);
      const b = spanOf(R, ru[p.right]);
      const d = wordDiff(a.text, b.text, { maxEditLength: s.maxEditLength, timeoutMs: s.diffTimeoutMs });
      const kind = p.moved ? 'moved' : sameWording(a, b) ? 'same' : 'changed';
      const v = ru[p.right];
      // The row's score is the core's one similarity (the same as a cluster member's), whatever paired the sentences.
      const score = similarityOf(L.tokens, u.from, u.to, R.tokens, v.from, v.to);
      rows.push({ kind, left: a, right: b, score, diff: d.parts, ...(d.truncated ? { truncated: true } : {}) });
    }
    pushAdded(l);
  });
  return { left: L.info, right: R.info, rows };
}

function spanOf(a: Article, u: Unit): Span {
  const { start, end } = u.sentence;
  return { start, end, line: a.line(start), text: a.text.slice(start, end) };
}

/**
 * No change a reader would notice: the two sentences are equal once case, accents, quote and
 * dash styles, spacing and line breaks are folded. A swapped word, emoji or punctuation mark
 * makes the row `changed`.
 */
function sameWording(a: Span, b: Span): boolean {
  const fold = (text: string) => normalizeText(text).text.replace(/\s+/g, ' ').trim();
  return fold(a.text) === fold(b.text);
}
