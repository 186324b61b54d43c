import type { AlignOptions, ArticleInput } from '../types';
import { readArticles } from '../input/article';
import { Lexicon } from '../normalize/lexicon';
import { shingleHashes } from '../match/shingles';
import { alignPair, TokenRegion } from './pairAlign';
import { seedsBetween } from '../match/seedIndex';
import { TokenMatcher } from './tokenMatch';
import { settingsFrom } from './settings';

/** A reused passage between two given articles: UTF-16 ranges in each. */
export interface PassagePair {
  readonly a: { readonly start: number; readonly end: number };
  readonly b: { readonly start: number; readonly end: number };
  readonly similarity: number;
}

/**
 * Every passage `a` and `b` share, as offset ranges in each, for tools that score two
 * documents at a time (PAN's text-alignment task). Regions that follow one another in both
 * articles with at most `mergeGap` words between them are reported as one passage, since a
 * reader sees one reused stretch with some edits, not several.
 */
export function reusedPassages(a: ArticleInput, b: ArticleInput, options?: AlignOptions & { mergeGap?: number }): PassagePair[] {
  const s = settingsFrom(options);
  const lexicon = new Lexicon();
  const arts = readArticles([a, b], lexicon, s.useDates);
  const A = arts.find((x) => x.input === a)!;
  const B = arts.find((x) => x.input === b && x !== A)!;
  const isStop = lexicon.isStop;
  const matcher = new TokenMatcher(lexicon.norms);
  const seeds = seedsBetween(shingleHashes(A.tokens, s.shingleSize, isStop), shingleHashes(B.tokens, s.shingleSize, isStop));
  const regions = alignPair(A.tokens, B.tokens, seeds, {
    shingleSize: s.shingleSize, maxGap: s.maxGap, minMatchedWords: s.minMatchedWords, minContentWords: s.minContentWords,
    minSimilarity: s.minSimilarity, isStop,
    same: (i, j) => matcher.same(A.tokens.norms[i], A.tokens.keys[i], B.tokens.norms[j], B.tokens.keys[j]),
  });
  return mergeRegions(regions, options?.mergeGap ?? 0).map((r) => ({
    a: { start: A.tokens.starts[r.aStart], end: A.tokens.ends[r.aEnd - 1] },
    b: { start: B.tokens.starts[r.bStart], end: B.tokens.ends[r.bEnd - 1] },
    similarity: r.similarity,
  }));
}

function mergeRegions(regions: readonly TokenRegion[], gap: number): TokenRegion[] {
  const sorted = [...regions].sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
  const out: TokenRegion[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.aStart - last.aEnd <= gap && r.bStart - last.bEnd <= gap && r.bStart - last.bEnd >= -gap) {
      const matched = last.matched + r.matched;
      const aEnd = Math.max(last.aEnd, r.aEnd);
      const bStart = Math.min(last.bStart, r.bStart);
      const bEnd = Math.max(last.bEnd, r.bEnd);
      out[out.length - 1] = { aStart: last.aStart, aEnd, bStart, bEnd, matched, similarity: Math.min(1, (2 * matched) / (aEnd - last.aStart + bEnd - bStart)) };
    } else out.push(r);
  }
  return out;
}
