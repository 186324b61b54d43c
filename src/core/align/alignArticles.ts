import type { AlignOptions, AlignResult, ArticleInput } from '../types';
import { readArticles } from '../input/article';
import { Lexicon } from '../normalize/lexicon';
import { quotations } from '../segment/quotes';
import { shingleHashes, stopKeys } from '../match/shingles';
import { forEachPairSeeds } from '../match/seedIndex';
import { Link, quotePhraseLinks, TokenSpan } from '../match/quotePhrases';
import { buildClusters } from '../cluster/buildClusters';
import { alignPair } from './pairAlign';
import { TokenMatcher } from './tokenMatch';
import { settingsFrom } from './settings';

/**
 * Fewest shared shingle positions for two articles to be aligned at all: an eight-word passage
 * with one word changed still shares three, while chance collisions in unrelated copy rarely do.
 */
const MIN_SEEDS = 3;

/**
 * Finds every passage and quote that two or more of the articles share, whatever order the
 * articles are given in: documents are ordered and named by `readArticles`, and every later
 * step works on that order only, so the result is the same for any permutation of `inputs`.
 * Passages are compared across articles only; an article repeating itself (a title printed
 * twice, a comment footer) is not reuse. Quoted phrases may link within one article.
 */
export function alignArticles(inputs: readonly ArticleInput[], options?: AlignOptions): AlignResult {
  const s = settingsFrom(options);
  const lexicon = new Lexicon();
  const articles = readArticles(inputs, lexicon);
  const isStop = stopKeys(lexicon);
  const matcher = new TokenMatcher(lexicon);
  const hashes = articles.map((a) => shingleHashes(a.tokens, s.shingleSize, isStop));
  const links: Link[] = [];
  forEachPairSeeds(hashes, s.maxDocumentFrequency(articles.length), MIN_SEEDS, (pair) => {
    const a = articles[pair.a].tokens;
    const b = articles[pair.b].tokens;
    const regions = alignPair(a, b, pair.seeds, {
      shingleSize: s.shingleSize,
      maxGap: s.maxGap,
      minMatchedWords: s.minMatchedWords,
      minContentWords: s.minContentWords,
      minSimilarity: s.minSimilarity,
      isStop,
      same: (i, j) => matcher.same(a.norms[i], a.keys[i], b.norms[j], b.keys[j]),
    });
    for (const r of regions) {
      links.push({ a: { doc: pair.a, start: r.aStart, end: r.aEnd }, b: { doc: pair.b, start: r.bStart, end: r.bEnd }, quote: false });
    }
  });
  const quotes = articles.map((a) => quotations(a.text));
  links.push(...withoutCovered(quotePhraseLinks(articles, quotes, isStop, s.maxDocumentFrequency(articles.length)), links));
  return {
    documents: articles.map((a) => a.info),
    clusters: buildClusters(articles, links, quotes, lexicon),
  };
}

/**
 * Drops quoted-phrase links already inside a passage link between the same two spans' articles:
 * a quote within a reprinted paragraph is shown by the paragraph's cluster, not twice.
 */
function withoutCovered(phrases: readonly Link[], passages: readonly Link[]): Link[] {
  const byPair = new Map<string, Link[]>();
  for (const p of passages) {
    const k = `${p.a.doc}:${p.b.doc}`;
    const list = byPair.get(k);
    if (list) list.push(p);
    else byPair.set(k, [p]);
  }
  const inside = (x: TokenSpan, y: TokenSpan) => x.start >= y.start && x.end <= y.end;
  return phrases.filter((q) => {
    const direct = byPair.get(`${q.a.doc}:${q.b.doc}`) ?? [];
    const flipped = byPair.get(`${q.b.doc}:${q.a.doc}`) ?? [];
    return !direct.some((p) => inside(q.a, p.a) && inside(q.b, p.b)) && !flipped.some((p) => inside(q.a, p.b) && inside(q.b, p.a));
  });
}
