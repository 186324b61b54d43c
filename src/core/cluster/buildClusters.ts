import { compareTwoStrings } from 'string-similarity';
import type { Article } from '../input/article';
import type { Lexicon } from '../normalize/lexicon';
import type { Quotation } from '../segment/quotes';
import type { Cluster, ClusterMember } from '../types';
import type { Link, TokenSpan } from '../match/quotePhrases';
import { UnionFind } from './unionFind';

/**
 * Groups pairwise links into clusters: every appearance of one passage or quote across all
 * articles. Spans are nodes; a link joins its two spans, and two spans in one article join
 * when they cover mostly the same words (the overlap is at least half of the longer one),
 * which is how A→B and B→C reuse of the same words becomes one A-B-C cluster while a short
 * quote inside a longer reused passage keeps its own cluster. In each cluster, overlapping spans of one article
 * fuse into a single member; the origin is the member of the earliest article (then the
 * earliest offset); each member is scored against the origin by letter-pair similarity of
 * the normalised words. With a `cache`, clusters whose members are unchanged are reused.
 */
export function buildClusters(
  articles: readonly Article[], links: readonly Link[], quotes: readonly Quotation[][], lexicon: Lexicon,
  cache?: ClusterCache,
): Cluster[] {
  const spans: TokenSpan[] = [];
  const quoteLinked: boolean[] = [];
  for (const l of links) {
    spans.push(l.a, l.b);
    quoteLinked.push(l.quote, l.quote);
  }
  const uf = new UnionFind(spans.length);
  for (let n = 0; n < links.length; n++) uf.union(2 * n, 2 * n + 1);
  joinOverlaps(spans, uf);

  const groups = new Map<number, number[]>();
  spans.forEach((_, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });

  const drafts: Array<{ members: TokenSpan[]; quote: boolean }> = [];
  for (const ids of groups.values()) {
    const members = fuse(ids.map((i) => spans[i]));
    if (members.length < 2) continue;
    drafts.push({ members, quote: ids.some((i) => quoteLinked[i]) });
  }
  drafts.sort((x, y) => x.members[0].doc - y.members[0].doc || x.members[0].start - y.members[0].start || x.members[0].end - y.members[0].end);
  return drafts.map((d, n) => toCluster(`c${n}`, d.members, d.quote, articles, quotes, lexicon, cache));
}

/** Fewest articles a passage must recur in before it can be taken for a page template. */
export const TEMPLATE_MIN_ARTICLES = 8;
/** Share of a template's appearances that must sit at an edge of their article. */
const TEMPLATE_AT_EDGE = 0.8;

/**
 * True when a passage looks like page furniture (a byline format, a "Leave a Reply" footer, a
 * newsletter pitch) rather than reused reporting: it recurs in at least TEMPLATE_MIN_ARTICLES
 * articles, and in nearly all of them it sits at the head or the foot of the article (no more
 * than a tenth of the article's words, and at least 20 words' leeway, before or after it) while
 * covering less than half of it. A story reprinted across a folder covers most of each
 * reprint, and a quotation or paragraph reused inside other reporting sits among that
 * reporting, so neither is caught; the document-frequency cap in the seed index handles
 * furniture common to a large share of the folder.
 */
export function looksLikeTemplate(members: readonly TokenSpan[], wordsIn: (doc: number) => number): boolean {
  const docs = new Set(members.map((m) => m.doc));
  if (docs.size < TEMPLATE_MIN_ARTICLES) return false;
  let atEdge = 0;
  for (const m of members) {
    const n = wordsIn(m.doc);
    const leeway = Math.max(20, Math.ceil(0.1 * n));
    if ((m.start <= leeway || n - m.end <= leeway) && 2 * (m.end - m.start) < n) atEdge++;
  }
  return atEdge >= TEMPLATE_AT_EDGE * members.length;
}

function joinOverlaps(spans: readonly TokenSpan[], uf: UnionFind): void {
  // Spans grouped by article with a counting sort, then each article's few sorted by start.
  let docs = 0;
  for (const s of spans) if (s.doc >= docs) docs = s.doc + 1;
  const first = new Int32Array(docs + 1);
  for (const s of spans) first[s.doc + 1]++;
  for (let d = 0; d < docs; d++) first[d + 1] += first[d];
  const fill = first.slice(0, docs);
  const byDoc = new Int32Array(spans.length);
  spans.forEach((s, i) => { byDoc[fill[s.doc]++] = i; });
  const active: number[] = [];
  for (let d = 0; d < docs; d++) {
    const list = byDoc.subarray(first[d], first[d + 1]).sort((x, y) => spans[x].start - spans[y].start);
    active.length = 0;
    for (const i of list) {
      const s = spans[i];
      let kept = 0;
      for (const j of active) {
        const t = spans[j];
        if (t.end <= s.start) continue;
        active[kept++] = j;
        const shared = Math.min(s.end, t.end) - Math.max(s.start, t.start);
        if (shared >= 0.5 * Math.max(s.end - s.start, t.end - t.start)) uf.union(i, j);
      }
      active.length = kept;
      active.push(i);
    }
  }
}

/** Merges overlapping spans of the same article; result sorted by article, then start. */
function fuse(list: TokenSpan[]): TokenSpan[] {
  const sorted = [...list].sort((x, y) => x.doc - y.doc || x.start - y.start || x.end - y.end);
  const out: TokenSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.doc === s.doc && s.start < last.end) out[out.length - 1] = { doc: s.doc, start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/**
 * Clusters kept between regroupings, so that a session regrouping after an edit rebuilds only
 * the clusters whose members changed. A cluster is found again by its signature: its members'
 * word ranges, each with its article's place in the order and `version`, a number that changes
 * whenever that article's text does. Clusters are read from `previous` and every cluster built
 * is written to `next`, which becomes the next `previous`, so the cache holds only live ones.
 */
export interface ClusterCache {
  readonly version: (doc: number) => number;
  readonly previous: ReadonlyMap<string, Cluster>;
  readonly next: Map<string, Cluster>;
}

function toCluster(
  id: string, members: TokenSpan[], quoteLinked: boolean, articles: readonly Article[], quotes: readonly Quotation[][],
  lexicon: Lexicon, cache?: ClusterCache,
): Cluster {
  let signature = '';
  if (cache) {
    signature = quoteLinked ? 'q' : 'p';
    for (const m of members) signature += ` ${m.doc}.${cache.version(m.doc)}.${m.start}.${m.end}`;
    const known = cache.previous.get(signature) ?? cache.next.get(signature);
    if (known) {
      const again = known.id === id ? known : { ...known, id };
      cache.next.set(signature, again);
      return again;
    }
  }
  const words = (s: TokenSpan) => {
    const t = articles[s.doc].tokens;
    const out: string[] = [];
    for (let i = s.start; i < s.end; i++) out.push(lexicon.norms[t.norms[i]]);
    return out.join(' ');
  };
  // Word for word the same as the origin (a verbatim reprint): the similarity is 1 without
  // spelling both out.
  const sameWords = (s: TokenSpan) => {
    const o = members[0];
    if (s.end - s.start !== o.end - o.start) return false;
    const ta = articles[o.doc].tokens.norms;
    const tb = articles[s.doc].tokens.norms;
    for (let k = 0; k < s.end - s.start; k++) if (ta[o.start + k] !== tb[s.start + k]) return false;
    return true;
  };
  let originWords: string | null = null;
  const scoreOf = (s: TokenSpan) => {
    if (sameWords(s)) return 1;
    originWords ??= words(members[0]);
    return round(compareTwoStrings(originWords, words(s)));
  };
  const out: ClusterMember[] = members.map((s, n) => {
    const art = articles[s.doc];
    const start = art.tokens.starts[s.start];
    const end = art.tokens.ends[s.end - 1];
    const score = n === 0 ? 1 : scoreOf(s);
    return { doc: art.info.id, start, end, line: art.line(start), text: art.text.slice(start, end), score };
  });
  const origin = out[0];
  const kind = quoteLinked || insideQuotes(origin.start, origin.end, quotes[members[0].doc]) ? 'quote'
    : looksLikeTemplate(members, (d) => articles[d].tokens.count) ? 'boilerplate' : 'passage';
  const cluster: Cluster = { id, kind, origin: 0, members: out };
  cache?.next.set(signature, cluster);
  return cluster;
}

/** True when at least half of [start, end) lies inside quotation marks. */
export function insideQuotes(start: number, end: number, quotes: readonly Quotation[]): boolean {
  let inside = 0;
  for (const q of quotes) inside += Math.max(0, Math.min(end, q.end) - Math.max(start, q.start));
  return inside >= 0.5 * (end - start);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
