import type { ArticleInput, Span } from '../types';
import { readArticles } from '../input/article';
import { Lexicon } from '../normalize/lexicon';
import { tokenize } from '../normalize/tokenize';
import { shingleHashes } from './shingles';
import { forwardMatch } from './quotePhrases';
import { seedsBetween } from './seedIndex';
import { PairAligner } from '../align/pairJobs';
import { similarityOf } from '../evidence/memberEvidence';

/** Where a phrase (or a looser version of it) appears. */
export interface PhraseHit {
  readonly path: string;
  readonly span: Span;
  /** Similarity of the found words to the phrase, 0..1 (the core's one word similarity, see similarityOf). */
  readonly score: number;
}

/** Up to this many content words a phrase is matched word by word; longer ones are aligned. */
const PHRASE_WORDS = 10;

/**
 * Finds where the words of `phrase` appear across the articles, the way a fact-checker asks
 * "who else printed this?". A short phrase matches its content words in order, with up to two
 * words slipped in between ("trained from abroad"); a longer selection is aligned like any
 * reused passage, so reworded versions are found too. Hits come best first.
 */
export function findPhrase(inputs: readonly ArticleInput[], phrase: string): PhraseHit[] {
  const lexicon = new Lexicon();
  const articles = readArticles(inputs, lexicon);
  const known = new Set(lexicon.norms);
  const query = tokenize(phrase, lexicon, (w) => known.has(w));
  const isStop = lexicon.isStop;
  const content: number[] = [];
  for (let i = 0; i < query.count; i++) if (!isStop(query.keys[i])) content.push(query.keys[i]);
  if (content.length === 0) return [];
  const hits: PhraseHit[] = [];
  // Longer selections are aligned with each article like any reused passage.
  let current = query;
  const aligner = new PairAligner((d) => (d === 0 ? query : current), lexicon.norms, isStop, {
    shingleSize: 3, maxGap: 10, minMatchedWords: Math.min(8, Math.ceil(content.length / 2)), minContentWords: 3, minSimilarity: 0.4,
  });
  const hq = shingleHashes(query, 3, isStop);
  for (const art of articles) {
    const t = art.tokens;
    const ranges: Array<[number, number]> = [];
    if (content.length <= PHRASE_WORDS) {
      for (let i = 0; i < t.count; i++) {
        if (t.keys[i] !== content[0]) continue;
        const end = forwardMatch(art, i, content, isStop);
        if (end > 0) ranges.push([i, end]);
      }
    } else {
      current = t;
      const { regions } = aligner.align({ a: 0, b: 1, seeds: seedsBetween(hq, shingleHashes(t, 3, isStop)) });
      for (const r of regions) ranges.push([r.bStart, r.bEnd]);
    }
    for (const [from, to] of ranges) {
      const start = t.starts[from];
      const end = t.ends[to - 1];
      hits.push({ path: art.info.path, span: { start, end, line: art.line(start), text: art.text.slice(start, end) }, score: similarityOf(query, 0, query.count, t, from, to) });
    }
  }
  const order = new Map(articles.map((a) => [a.info.path, a.info.order]));
  return hits.sort((x, y) => y.score - x.score || order.get(x.path)! - order.get(y.path)! || x.span.start - y.span.start);
}
