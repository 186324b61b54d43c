import type { Article } from '../input/article';
import type { Quotation } from '../segment/quotes';
import type { Cluster, ClusterMember } from '../types';
import type { Link, TokenSpan } from '../match/quotePhrases';
import { UnionFind } from './unionFind';
import { finish } from '../util/steps';

/**
 * Groups pairwise links into clusters: every appearance of one passage or quote across all
 * articles. Spans are nodes; a link joins its two spans, and two spans in one article join
 * when they cover mostly the same words (the overlap is at least half of the longer one),
 * which is how A→B and B→C reuse of the same words becomes one A-B-C cluster while a short
 * quote inside a longer reused passage keeps its own cluster. In each cluster, overlapping spans of one article
 * fuse into a single member; the origin is the member of the earliest article (then the
 * earliest offset). Members' scores and evidence depend on the whole folder and are the
 * session's to add (see explainClusters). With a `cache`, clusters whose members are
 * unchanged are reused.
 */
export function buildClusters(
  articles: readonly Article[], links: readonly Link[], quotes: readonly Quotation[][], cache?: ClusterCache,
): Cluster[] {
  return new ClusterGroups().update(articles, links, quotes, cache);
}

/** Clusters made between two yields of ClusterGroups.updating. */
const CLUSTER_SLICE = 256;

/** A group's members (token spans, in the cluster's member order) and the kinds of link that joined them. */
export interface Draft {
  readonly members: TokenSpan[];
  readonly quote: boolean;
  readonly paraphrase: boolean;
  /** Whether an aligned passage link joined it. */
  readonly passage: boolean;
  readonly signature: string;
}

/** A connected group of links (see buildClusters), and what it became. */
interface Group {
  readonly links: readonly Link[];
  /** Its links' spans (two per link), by which new links are found to touch it. */
  readonly spans: readonly TokenSpan[];
  /** Its fused members and kind of evidence; null when it fuses to a single member. */
  readonly draft: Draft | null;
  /** The cluster made of it, once made. */
  cluster: Cluster | null;
  /** How many of its links were passed to the current update. */
  seen: number;
}

/**
 * Clusters kept up to date as links come and go, as buildClusters would make them from
 * scratch. Links are told apart by identity: a caller that passes the same link objects for
 * what did not change (a session does, between edits) gets every group none of whose links
 * left, and which no new link's span overlaps, back as it was, with its cluster; only the
 * groups that lost a link or meet a new one are grouped again. Article indices and texts
 * behind unchanged link objects must not change.
 */
export class ClusterGroups {
  private readonly groupOf = new Map<Link, { group: Group; pass: number }>();
  private readonly groups = new Set<Group>();
  /** The spans of the current groups, by article. */
  private readonly spansIn = new Map<number, Array<{ span: TokenSpan; group: Group }>>();
  private passes = 0;
  private readonly drafts = new WeakMap<Cluster, Draft>();

  /** The draft a cluster of the last update was made from: its token spans and kinds of link. */
  draftOf(cluster: Cluster): Draft {
    return this.drafts.get(cluster)!;
  }

  update(articles: readonly Article[], links: readonly Link[], quotes: readonly Quotation[][], cache?: ClusterCache): Cluster[] {
    return finish(this.updating(articles, links, quotes, cache));
  }

  /** What `update` does, yielding after grouping and then after every CLUSTER_SLICE clusters it makes (not those it finds again). */
  *updating(articles: readonly Article[], links: readonly Link[], quotes: readonly Quotation[][], cache?: ClusterCache): Generator<void, Cluster[]> {
    const pass = ++this.passes;
    const fresh: Link[] = [];
    for (const l of links) {
      const known = this.groupOf.get(l);
      if (known && known.pass !== pass) {
        known.pass = pass;
        known.group.seen++;
      } else if (!known) {
        fresh.push(l);
      }
    }
    let work: Link[];
    if (2 * fresh.length > links.length) {
      // Mostly new links (a first build, or a new article order): group everything afresh.
      work = [...links];
      this.groups.clear();
      this.groupOf.clear();
      this.spansIn.clear();
    } else {
      // Groups to redo: those that lost a link, and those a new link's span overlaps.
      const redo = new Set<Group>();
      for (const g of this.groups) if (g.seen !== g.links.length) redo.add(g);
      for (const l of fresh) {
        for (const s of [l.a, l.b]) {
          for (const t of this.spansIn.get(s.doc) ?? []) if (t.span.start < s.end && s.start < t.span.end) redo.add(t.group);
        }
      }
      work = [...fresh];
      const docs = new Set<number>();
      for (const g of redo) {
        for (const l of g.links) {
          // (A link listed twice is taken once.)
          if (this.groupOf.get(l)?.pass === pass) work.push(l);
          this.groupOf.delete(l);
        }
        this.groups.delete(g);
        for (const s of g.spans) docs.add(s.doc);
      }
      for (const doc of docs) {
        const kept = this.spansIn.get(doc)!.filter((t) => !redo.has(t.group));
        if (kept.length) this.spansIn.set(doc, kept);
        else this.spansIn.delete(doc);
      }
    }
    for (const g of this.groups) g.seen = 0;
    for (const g of groupLinks(work, cache)) {
      this.groups.add(g);
      for (const l of g.links) this.groupOf.set(l, { group: g, pass });
      for (const span of g.spans) {
        const list = this.spansIn.get(span.doc);
        if (list) list.push({ span, group: g });
        else this.spansIn.set(span.doc, [{ span, group: g }]);
      }
    }
    const drafts: Group[] = [];
    for (const g of this.groups) if (g.draft) drafts.push(g);
    const first = (g: Group) => g.draft!.members[0];
    drafts.sort((x, y) => first(x).doc - first(y).doc || first(x).start - first(y).start || first(x).end - first(y).end);
    yield;
    const out: Cluster[] = [];
    let made = 0;
    for (const g of drafts) {
      const id = `c${out.length}`;
      const d = g.draft!;
      if (!g.cluster) {
        g.cluster = toCluster(id, d.members, d.quote, d.signature, articles, quotes, cache);
        if (++made % CLUSTER_SLICE === 0) yield;
      } else if (g.cluster.id !== id) {
        g.cluster = { ...g.cluster, id };
      }
      cache?.next.set(d.signature, g.cluster);
      this.drafts.set(g.cluster, d);
      out.push(g.cluster);
    }
    return out;
  }
}

/** Groups links into connected groups: a link joins its two spans, overlapping spans of one article join. */
function groupLinks(links: readonly Link[], cache?: ClusterCache): Group[] {
  const spans: TokenSpan[] = [];
  for (const l of links) spans.push(l.a, l.b);
  const uf = new UnionFind(spans.length);
  for (let n = 0; n < links.length; n++) uf.union(2 * n, 2 * n + 1);
  joinOverlaps(spans, uf);
  const byRoot = new Map<number, number[]>();
  for (let n = 0; n < links.length; n++) {
    const root = uf.find(2 * n);
    const g = byRoot.get(root);
    if (g) g.push(n);
    else byRoot.set(root, [n]);
  }
  const out: Group[] = [];
  for (const ids of byRoot.values()) {
    const own = ids.map((n) => links[n]);
    const ends = own.flatMap((l) => [l.a, l.b]);
    const members = fuse(ends);
    const quote = own.some((l) => l.quote);
    const paraphrase = own.some((l) => l.paraphrase === true);
    const passage = own.some((l) => !l.quote && l.paraphrase !== true);
    const draft = members.length < 2 ? null : { members, quote, paraphrase, passage, signature: cache ? signatureOf(members, quote, cache) : '' };
    out.push({ links: own, spans: ends, draft, cluster: null, seen: 0 });
  }
  return out;
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
 * word ranges, each with its article's `version`, a number given to one article's text and
 * never to another's. The signature leaves out the articles' places in the order: another
 * article coming or going shifts those but not the members' order among themselves, so a
 * cluster found again only has its article ids renamed. Clusters are read from `previous`
 * and every cluster built is written to `next`, which becomes the next `previous`, so the
 * cache holds only live ones.
 */
export interface ClusterCache {
  readonly version: (doc: number) => number;
  readonly previous: ReadonlyMap<string, Cluster>;
  readonly next: Map<string, Cluster>;
}

/** A cluster's key in a ClusterCache: its kind of evidence and members, each with its article's version (see ClusterCache). */
function signatureOf(members: readonly TokenSpan[], quoteLinked: boolean, cache: ClusterCache): string {
  let signature = quoteLinked ? 'q' : 'p';
  for (const m of members) signature += ` ${cache.version(m.doc)}.${m.start}.${m.end}`;
  return signature;
}

function toCluster(
  id: string, members: TokenSpan[], quoteLinked: boolean, signature: string, articles: readonly Article[], quotes: readonly Quotation[][],
  cache?: ClusterCache,
): Cluster {
  if (cache) {
    const known = cache.previous.get(signature) ?? cache.next.get(signature);
    if (known) {
      const renamed = known.members.some((m, n) => m.doc !== articles[members[n].doc].info.id)
        ? known.members.map((m, n) => ({ ...m, doc: articles[members[n].doc].info.id }))
        : known.members;
      return known.id === id && renamed === known.members ? known : { ...known, id, members: renamed };
    }
  }
  // Scores and evidence are the session's to add (see explainClusters): they depend on the
  // whole folder, not on the members alone.
  const out: ClusterMember[] = members.map((s) => {
    const art = articles[s.doc];
    const start = art.tokens.starts[s.start];
    const end = art.tokens.ends[s.end - 1];
    return { doc: art.info.id, start, end, line: art.line(start), text: art.text.slice(start, end), score: 1 };
  });
  const origin = out[0];
  const kind = quoteLinked || insideQuotes(origin.start, origin.end, quotes[members[0].doc]) ? 'quote'
    : looksLikeTemplate(members, (d) => articles[d].tokens.count) ? 'boilerplate' : 'passage';
  return { id, kind, origin: 0, members: out };
}

/** True when at least half of [start, end) lies inside quotation marks. */
export function insideQuotes(start: number, end: number, quotes: readonly Quotation[]): boolean {
  let inside = 0;
  for (const q of quotes) inside += Math.max(0, Math.min(end, q.end) - Math.max(start, q.start));
  return inside >= 0.5 * (end - start);
}

