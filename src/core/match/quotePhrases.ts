import type { Article, PreparedArticle } from '../input/article';
import type { Quotation } from '../segment/quotes';
import { PairTable } from '../util/pairTable';

/** A span of an article in token indices (end exclusive). */
export interface TokenSpan {
  readonly doc: number;
  readonly start: number;
  readonly end: number;
}

/** Two spans that say the same thing, and whether the link came from a quotation or a paraphrase. */
export interface Link {
  readonly a: TokenSpan;
  readonly b: TokenSpan;
  readonly quote: boolean;
  readonly paraphrase?: boolean;
}

/** A short quotation to look for: where it is and its content words in order. */
export interface Phrase {
  /** Content words of the quotation, trimmed of function words at the edges. */
  readonly span: TokenSpan;
  /** All words inside the quotation marks. */
  readonly quoted: TokenSpan;
  readonly content: readonly number[];
}

type Readable = Article | PreparedArticle;

/** Shortest and longest quotation treated as a phrase, counted in content words. */
const MIN_CONTENT = 2;
const MAX_CONTENT = 10;
/** Up to this many distinct phrases, findPhraseHits searches in one pass instead of two. */
const FEW_PHRASES = 32;
/** Most words allowed between two consecutive content words of a phrase ("trained from abroad"). */
const MAX_INSERT = 2;

/**
 * Links short quoted phrases to their other appearances. A passage aligner needs eight or
 * more matching words, but a quote that travels is often two to ten words long ("trained
 * abroad") and is re-embedded in different sentences. So each short quotation's content words
 * (stems, in order) are looked for in every article, allowing up to two extra words between
 * them and different function words around them: "trained abroad" finds "trained from abroad"
 * and "training abroad". Only quotations seed the search, which keeps it to phrases a writer
 * marked as someone's words; a phrase found in more articles than the boilerplate cap is a
 * common expression, not a quote, and links nothing.
 *
 * `phrasesOf` picks the quotations, `findPhraseHits` (all articles) and `phraseHitsIn` (one
 * article) find their appearances, and `phraseLinks` turns appearances into links.
 */
export function phrasesOf(art: Readable, doc: number, quotes: readonly Quotation[], isStop: (key: number) => boolean): Phrase[] {
  const out: Phrase[] = [];
  for (const q of quotes) {
    const quoted = tokensWithin(art, q.start, q.end);
    if (!quoted) continue;
    const content: number[] = [];
    for (let i = quoted.start; i < quoted.end; i++) if (!isStop(art.tokens.keys[i])) content.push(art.tokens.keys[i]);
    if (content.length < MIN_CONTENT || content.length > MAX_CONTENT) continue;
    out.push({ content, span: trimToContent(art, quoted, doc, isStop), quoted: { doc, start: quoted.start, end: quoted.end } });
  }
  return out;
}

/**
 * Every appearance of every phrase across all articles (its own quotation excluded). Two
 * consecutive content words of a phrase stand at most 1 + MAX_INSERT words apart in any
 * appearance, so word pairs at such distances make good anchors: one pass counts how often
 * each pair of consecutive phrase words occurs that way, each phrase is anchored on its
 * rarest pair, a second pass collects the positions of the anchor pairs, and each phrase is
 * tried only there. Which pair anchors changes only the speed; what counts as an appearance
 * is fixed by `occurrencesAt`.
 */
export function findPhraseHits(articles: readonly Readable[], phrases: readonly Phrase[], isStop: (key: number) => boolean): TokenSpan[][] {
  // A quote reprinted in many articles is one phrase many times over: search each distinct
  // word sequence once and share its appearances among the quotations that hold it.
  const groups = new Map<string, number[]>();
  phrases.forEach((p, n) => {
    const key = p.content.join(',');
    const g = groups.get(key);
    if (g) g.push(n);
    else groups.set(key, [n]);
  });
  const distinct = [...groups.values()].map((g) => phrases[g[0]].content);
  const pairs = new PairTable();
  let keyCount = 0;
  for (const c of distinct) for (const k of c) if (k >= keyCount) keyCount = k + 1;
  const leads = new Uint8Array(keyCount); // word keys that begin some pair
  const pairIds = distinct.map((c) => c.slice(1).map((k, x) => { leads[c[x]] = 1; return pairs.add(c[x], k); }));
  // Calls visit(pair, doc, i) for each pair occurring from position i, once per pair and position.
  const scan = (visit: (pair: number, doc: number, i: number) => void) => articles.forEach((art, doc) => {
    const keys = art.tokens.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k >= keyCount || !leads[k]) continue;
      for (let d = 1; d <= 1 + MAX_INSERT && i + d < keys.length; d++) {
        const p = pairs.find(k, keys[i + d]);
        if (p < 0) continue;
        let again = false;
        for (let e = 1; e < d; e++) if (keys[i + e] === keys[i + d]) again = true;
        if (!again) visit(p, doc, i);
      }
    }
  });
  // Per pair: flat [doc, pos, ...]. A few phrases (one edited article's) keep the positions
  // of all their pairs from a single pass; many would hold too much, so they count first and
  // keep only their anchor pairs' positions in a second pass. The anchors come out the same.
  const positions: Array<number[] | null> = new Array(pairs.size).fill(null);
  const counts = new Int32Array(pairs.size);
  const few = distinct.length <= FEW_PHRASES;
  if (few) {
    for (let p = 0; p < pairs.size; p++) positions[p] = [];
    scan((p, doc, i) => { counts[p]++; positions[p]!.push(doc, i); });
  } else {
    scan((p) => { counts[p]++; });
  }
  const anchors = pairIds.map((ids) => {
    let a = 0;
    for (let x = 1; x < ids.length; x++) if (counts[ids[x]] < counts[ids[a]]) a = x;
    return a;
  });
  if (!few) {
    anchors.forEach((a, n) => { positions[pairIds[n][a]] ??= []; });
    scan((p, doc, i) => { positions[p]?.push(doc, i); });
  }
  const out: TokenSpan[][] = new Array(phrases.length);
  [...groups.values()].forEach((members, n) => {
    const content = distinct[n];
    const a = anchors[n];
    const list = positions[pairIds[n][a]]!;
    const all: TokenSpan[] = [];
    for (let x = 0; x < list.length; x += 2) {
      for (const at of occurrencesAt(articles[list[x]], list[x + 1], content, a, isStop)) all.push({ doc: list[x], start: at.start, end: at.end });
    }
    for (const m of members) out[m] = all.filter((h) => !isOwnQuote(phrases[m], h.doc, h));
  });
  return out;
}

/** Appearances of the phrases in one article, as (phrase index, span): for re-indexing it. */
export function phraseHitsIn(art: Readable, doc: number, phrases: readonly Phrase[], isStop: (key: number) => boolean): Array<[number, TokenSpan]> {
  const positions = new Map<number, number[]>();
  art.tokens.keys.forEach((k, i) => {
    const list = positions.get(k);
    if (list) list.push(i);
    else positions.set(k, [i]);
  });
  const out: Array<[number, TokenSpan]> = [];
  phrases.forEach((p, n) => {
    for (const i of positions.get(p.content[0]) ?? []) {
      const end = forwardMatch(art, i, p.content, isStop);
      if (end > 0 && !isOwnQuote(p, doc, { start: i, end })) out.push([n, { doc, start: i, end }]);
    }
  });
  return out;
}

/**
 * A phrase found outside quotation marks in more articles than this is a common expression in
 * the folder ("send troops"), not a quote travelling: only its appearances inside quotation
 * marks are linked.
 */
export const COMMON_PHRASE_ARTICLES = 10;

/**
 * Links from phrase hits; a phrase found in more than `maxDocumentFrequency` articles links
 * nothing, and a common expression (see COMMON_PHRASE_ARTICLES) only its quoted appearances.
 */
export function phraseLinks(
  phrases: readonly Phrase[], hits: readonly (readonly TokenSpan[])[], maxDocumentFrequency: number, quoted: (hit: TokenSpan) => boolean,
): Link[] {
  const links: Link[] = [];
  phrases.forEach((p, n) => {
    let list = hits[n];
    if (list.length === 0) return;
    if (distinctDocs(list, () => true) > maxDocumentFrequency) return;
    if (distinctDocs(list, (h) => !quoted(h)) > COMMON_PHRASE_ARTICLES) list = list.filter(quoted);
    // An appearance in the quote's own article is a repeat, not reuse between sources: it joins
    // the cluster through the other articles' links to it, and links nothing by itself (an
    // article repeating a quote a thousand times would otherwise make a million links).
    for (const b of list) if (b.doc !== p.span.doc) links.push({ a: p.span, b, quote: true });
  });
  return links;
}

/** How many articles the spans that `keep` accepts lie in. */
function distinctDocs(spans: readonly TokenSpan[], keep: (s: TokenSpan) => boolean): number {
  const seen = new Set<number>();
  for (const s of spans) if (keep(s)) seen.add(s.doc);
  return seen.size;
}

function isOwnQuote(p: Phrase, doc: number, at: { start: number; end: number }): boolean {
  return doc === p.quoted.doc && at.start < p.quoted.end && at.end > p.quoted.start;
}

/**
 * Appearances whose `anchor`-th content word sits at `pos`. An appearance is defined from its
 * first word: a position holding content[0] from which `forwardMatch` succeeds. Looking back
 * from the anchor over the few positions such a start can have keeps the answer independent
 * of which word anchored the search.
 */
function occurrencesAt(art: Readable, pos: number, content: readonly number[], anchor: number, isStop: (key: number) => boolean): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const keys = art.tokens.keys;
  for (let p = Math.max(0, pos - anchor * (1 + MAX_INSERT)); p <= pos; p++) {
    if (keys[p] !== content[0]) continue;
    const at: number[] = [];
    const end = forwardMatch(art, p, content, isStop, at);
    if (end > 0 && at[anchor] === pos) out.push({ start: p, end });
  }
  return out;
}

/**
 * Matches the content keys in order from `first` (which must hold content[0]): each next
 * content word within the next 1 + MAX_INSERT words, with at most one other content word in
 * between. Returns the end token index, or -1; `positions` receives where each word matched.
 */
export function forwardMatch(art: Readable, first: number, content: readonly number[], isStop: (key: number) => boolean, positions: number[] = []): number {
  const keys = art.tokens.keys;
  if (keys[first] !== content[0]) return -1;
  positions.push(first);
  const breaks = art.tokens.breaks;
  let at = first;
  for (let c = 1; c < content.length; c++) {
    let found = -1;
    let foreign = 0;
    // A phrase never runs across a line break, and its slipped-in words never across the end
    // of a sentence: "the prick. Their send" is not "prick send".
    let crossedSentence = false;
    for (let d = 1; d <= 1 + MAX_INSERT && at + d < keys.length; d++) {
      if (breaks[at + d]) break;
      crossedSentence ||= endsSentence(art, at + d);
      if (d > 1 && crossedSentence) break;
      const k = keys[at + d];
      if (k === content[c]) { found = at + d; break; }
      if (!isStop(k) && ++foreign > 1) break;
    }
    if (found < 0) return -1;
    positions.push(found);
    at = found;
  }
  return at + 1;
}

/** Whether a sentence ends between token k - 1 and token k: a full stop, "?" or "!" between them and a capital after. */
export function endsSentence(art: Readable, k: number): boolean {
  const t = art.tokens;
  if (t.starts.length === 0) return false;
  const text = art.input.text;
  let stop = false;
  for (let x = t.ends[k - 1]; x < t.starts[k]; x++) {
    const c = text.charCodeAt(x);
    if (c === 0x2e || c === 0x21 || c === 0x3f) { stop = true; break; }
  }
  if (!stop) return false;
  const first = text[t.starts[k]];
  return first !== first.toLowerCase();
}

/** Token range lying inside [start, end) of the text, or null when it holds no word. */
export function tokensWithin(art: Readable, start: number, end: number): TokenSpan | null {
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

function trimToContent(art: Readable, span: TokenSpan, doc: number, isStop: (key: number) => boolean): TokenSpan {
  let s = span.start;
  let e = span.end;
  while (s < e && isStop(art.tokens.keys[s])) s++;
  while (e > s && isStop(art.tokens.keys[e - 1])) e--;
  return { doc, start: s, end: e };
}
