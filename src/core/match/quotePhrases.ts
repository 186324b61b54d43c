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
export function quotePhraseLinks(
  articles: readonly Article[], quotes: readonly Quotation[][], isStop: (key: number) => boolean, maxDocumentFrequency: number,
): Link[] {
  const phrases = phrasesOf(articles, quotes, isStop);
  // Count, over all articles, only the words that occur in some phrase; anchor each phrase
  // on its rarest word; then index the positions of anchor words only. Linear passes over
  // typed arrays indexed by word key, instead of an inverted index of every word.
  let keyCount = 0;
  for (const art of articles) for (const k of art.tokens.keys) if (k >= keyCount) keyCount = k + 1;
  const frequency = new Int32Array(keyCount).fill(-1);
  for (const p of phrases) for (const k of p.content) frequency[k] = 0;
  for (const art of articles) {
    const keys = art.tokens.keys;
    for (let i = 0; i < keys.length; i++) if (frequency[keys[i]] >= 0) frequency[keys[i]]++;
  }
  const slot = new Int32Array(keyCount).fill(-1);
  const postings: number[][] = []; // per anchor word: flat [doc, pos, ...]
  for (const p of phrases) {
    for (let c = 1; c < p.content.length; c++) if (frequency[p.content[c]] < frequency[p.content[p.anchor]]) p.anchor = c;
    const k = p.content[p.anchor];
    if (slot[k] < 0) { slot[k] = postings.length; postings.push([]); }
  }
  articles.forEach((art, doc) => {
    const keys = art.tokens.keys;
    for (let i = 0; i < keys.length; i++) if (slot[keys[i]] >= 0) postings[slot[keys[i]]].push(doc, i);
  });
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const p of phrases) {
    const list = postings[slot[p.content[p.anchor]]];
    const found: TokenSpan[] = [];
    const docs = new Set<number>();
    for (let k = 0; k < list.length && docs.size <= maxDocumentFrequency; k += 2) {
      const od = list[k];
      const at = matchAround(articles[od], list[k + 1], p.content, p.anchor, isStop);
      if (!at || (od === p.span.doc && at.start < p.quoted.end && at.end > p.quoted.start)) continue;
      found.push({ doc: od, start: at.start, end: at.end });
      docs.add(od);
    }
    // A phrase in more articles than the boilerplate cap is a common expression, not a quote.
    if (docs.size > maxDocumentFrequency) continue;
    for (const b of found) {
      const id = `${p.span.doc}:${p.span.start}:${p.span.end}|${b.doc}:${b.start}:${b.end}`;
      const back = `${b.doc}:${b.start}:${b.end}|${p.span.doc}:${p.span.start}:${p.span.end}`;
      if (seen.has(id) || seen.has(back)) continue;
      seen.add(id);
      links.push({ a: p.span, b, quote: true });
    }
  }
  return links;
}

/** A short quotation to look for: its content words, where it is, and its anchor word. */
interface Phrase {
  readonly content: number[];
  /** Content words of the quotation, trimmed of function words at the edges. */
  readonly span: TokenSpan;
  /** All words inside the quotation marks. */
  readonly quoted: TokenSpan;
  anchor: number;
}

function phrasesOf(articles: readonly Article[], quotes: readonly Quotation[][], isStop: (key: number) => boolean): Phrase[] {
  const out: Phrase[] = [];
  articles.forEach((art, doc) => {
    for (const q of quotes[doc]) {
      const span = tokensWithin(art, q.start, q.end);
      if (!span) continue;
      const content: number[] = [];
      for (let i = span.start; i < span.end; i++) if (!isStop(art.tokens.keys[i])) content.push(art.tokens.keys[i]);
      if (content.length < MIN_CONTENT || content.length > MAX_CONTENT) continue;
      out.push({ content, span: trimToContent(art, span, doc, isStop), quoted: span, anchor: 0 });
    }
  });
  return out;
}

/** Word range of an occurrence of `content` in order whose word `anchor` sits at `pos`. */
function matchAround(art: Article, pos: number, content: readonly number[], anchor: number, isStop: (key: number) => boolean): { start: number; end: number } | null {
  let end = pos;
  for (let c = anchor + 1; c < content.length; c++) {
    end = step(art, end, content[c], 1, isStop);
    if (end < 0) return null;
  }
  let start = pos;
  for (let c = anchor - 1; c >= 0; c--) {
    start = step(art, start, content[c], -1, isStop);
    if (start < 0) return null;
  }
  return { start, end: end + 1 };
}

/**
 * Position of `key` within the next 1 + MAX_INSERT words from `at` in direction `dir`,
 * allowing at most one foreign content word in between; -1 when absent.
 */
function step(art: Article, at: number, key: number, dir: 1 | -1, isStop: (key: number) => boolean): number {
  let foreign = 0;
  for (let d = 1; d <= 1 + MAX_INSERT; d++) {
    const k = at + dir * d;
    if (k < 0 || k >= art.tokens.count) return -1;
    const kk = art.tokens.keys[k];
    if (kk === key) return k;
    if (!isStop(kk) && ++foreign > 1) return -1;
  }
  return -1;
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
export function matchFrom(art: Article, first: number, content: readonly number[], isStop: (key: number) => boolean): number {
  const at = matchAround(art, first, content, 0, isStop);
  return at ? at.end : -1;
}
