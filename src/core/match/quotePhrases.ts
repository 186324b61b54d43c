import type { Article } from '../input/article';
import type { Quotation } from '../segment/quotes';

/** A span of an article in token indices (end exclusive). */
export interface TokenSpan {
  readonly doc: number;
  readonly start: number;
  readonly end: number;
}

/** Two spans that say the same thing, and whether the link came from a quotation. */
export interface Link {
  readonly a: TokenSpan;
  readonly b: TokenSpan;
  readonly quote: boolean;
}

/** Shortest and longest quotation treated as a phrase, counted in content words. */
const MIN_CONTENT = 2;
const MAX_CONTENT = 10;
/** Most words allowed between two consecutive content words of a phrase ("trained from abroad"). */
const MAX_INSERT = 2;

/**
 * Links short quoted phrases to their other appearances. A passage aligner needs eight or
 * more matching words, but a quote that travels is often two to ten words long ("trained
 * abroad") and is re-embedded in different sentences. So each short quotation's content words
 * (stems, in order) are looked for in every article, allowing up to two extra words between
 * them and different function words around them: "trained abroad" finds "trained from abroad"
 * and "training abroad". Only quotations seed the search, which keeps it to phrases a writer
 * marked as someone's words.
 */
export function quotePhraseLinks(articles: readonly Article[], quotes: readonly Quotation[][], isStop: (key: number) => boolean): Link[] {
  const positions = articles.map((art) => {
    const map = new Map<number, number[]>();
    for (let i = 0; i < art.tokens.count; i++) {
      const key = art.tokens.keys[i];
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
    return map;
  });
  const links: Link[] = [];
  const seen = new Set<string>();
  articles.forEach((art, doc) => {
    for (const q of quotes[doc]) {
      const span = tokensWithin(art, q.start, q.end);
      if (!span) continue;
      const content: number[] = [];
      for (let i = span.start; i < span.end; i++) if (!isStop(art.tokens.keys[i])) content.push(art.tokens.keys[i]);
      if (content.length < MIN_CONTENT || content.length > MAX_CONTENT) continue;
      const hit = trimToContent(art, span, doc, isStop);
      articles.forEach((other, od) => {
        for (const first of positions[od].get(content[0]) ?? []) {
          const end = matchFrom(other, first, content, isStop);
          if (end < 0) continue;
          if (od === doc && first < span.end && end > span.start) continue; // itself
          const id = `${doc}:${hit.start}:${hit.end}|${od}:${first}:${end}`;
          const back = `${od}:${first}:${end}|${doc}:${hit.start}:${hit.end}`;
          if (seen.has(id) || seen.has(back)) continue;
          seen.add(id);
          links.push({ a: hit, b: { doc: od, start: first, end }, quote: true });
        }
      });
    }
  });
  return links;
}

/** Token range lying inside [start, end) of the text, or null when it holds no word. */
export function tokensWithin(art: Article, start: number, end: number): TokenSpan | null {
  const t = art.tokens;
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.starts[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < t.count && t.ends[e] <= end) e++;
  return e > lo ? { doc: -1, start: lo, end: e } : null;
}

function trimToContent(art: Article, span: TokenSpan, doc: number, isStop: (key: number) => boolean): TokenSpan {
  let s = span.start;
  let e = span.end;
  while (s < e && isStop(art.tokens.keys[s])) s++;
  while (e > s && isStop(art.tokens.keys[e - 1])) e--;
  return { doc, start: s, end: e };
}

/** Matches the content keys in order from `first`; returns the end token index or -1. */
export function matchFrom(art: Article, first: number, content: number[], isStop: (key: number) => boolean): number {
  let at = first;
  for (let c = 1; c < content.length; c++) {
    let found = -1;
    let foreign = 0;
    for (let k = at + 1; k <= at + 1 + MAX_INSERT && k < art.tokens.count; k++) {
      const key = art.tokens.keys[k];
      if (key === content[c]) { found = k; break; }
      if (!isStop(key) && ++foreign > 1) break; // one inserted content word at most
    }
    if (found < 0) return -1;
    at = found;
  }
  return at + 1;
}
