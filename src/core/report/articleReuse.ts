import { isReuse, type AlignResult, type ClusterKind, type DocumentInfo } from '../types';

/** What one article took from one earlier article. */
export interface SourceShare {
  /** Id of the earlier article (`DocumentInfo.id`). */
  readonly doc: string;
  readonly quotes: number;
  readonly passages: number;
}

/** How much of one article is reused, and where it came from and went. */
export interface ArticleReuse {
  readonly info: DocumentInfo;
  /** Length of the article's text (UTF-16 units), when it was given. */
  readonly textLength?: number;
  /** UTF-16 units of the article covered by passages and quotes that first appeared in another article. */
  readonly takenChars: number;
  /** takenChars as a share of the text, 0..1; undefined without the text's length. */
  readonly share?: number;
  /** Quotes this article took from other articles (each cluster once). */
  readonly quotes: number;
  /** Passages this article took from other articles (each cluster once). */
  readonly passages: number;
  /** The earlier articles it took them from, most used first. */
  readonly sources: readonly SourceShare[];
  /** Quotes that first appeared here and were taken up by other articles. */
  readonly firstQuotes: number;
  /** Passages that first appeared here and were taken up by other articles. */
  readonly firstPassages: number;
  /** The later articles that took something first seen here, with how many clusters each. */
  readonly takenBy: readonly { readonly doc: string; readonly clusters: number }[];
}

/** Reuse from one article to another: the clusters first seen in `from` that `to` also has. */
export interface ReuseEdge {
  readonly from: string;
  readonly to: string;
  readonly quotes: number;
  readonly passages: number;
}

/**
 * Reuse between articles, counted once per cluster and article pair. Page furniture
 * (`boilerplate`) is not reuse, and a member marked `repeat` (an article repeating its own
 * words) is not reuse between sources; both are left out.
 */
export function reuseEdges(result: AlignResult): ReuseEdge[] {
  const edges = new Map<string, { from: string; to: string; quotes: number; passages: number }>();
  for (const cluster of result.clusters) {
    if (!isReuse(cluster)) continue;
    const from = cluster.members[cluster.origin].doc;
    const takers = new Set<string>();
    for (const m of cluster.members) if (!m.repeat && m.doc !== from) takers.add(m.doc);
    for (const to of takers) {
      const key = `${from}\u0000${to}`;
      const e = edges.get(key) ?? { from, to, quotes: 0, passages: 0 };
      count(e, cluster.kind);
      edges.set(key, e);
    }
  }
  const order = new Map(result.documents.map((d) => [d.id, d.order]));
  return [...edges.values()].sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);
}

/**
 * Per article, in "first appeared" order: the share of its text first seen elsewhere, which
 * articles it took quotes and passages from, and which took from it. `lengths` gives each
 * article's text length by document id or path (the share is left out without it); `edges`,
 * the result's reuseEdges, when the caller has them already.
 */
export function articleReuse(result: AlignResult, lengths?: ReadonlyMap<string, number>, edges = reuseEdges(result)): ArticleReuse[] {
  const spans = new Map<string, [number, number][]>();
  for (const cluster of result.clusters) {
    if (!isReuse(cluster)) continue;
    const from = cluster.members[cluster.origin].doc;
    for (const m of cluster.members) {
      if (m.repeat || m.doc === from) continue;
      const list = spans.get(m.doc) ?? [];
      list.push([m.start, m.end]);
      spans.set(m.doc, list);
    }
  }
  // One pass over the edges and clusters, grouped by article: a folder of thousands of
  // articles must not cost articles × clusters.
  const incoming = group(edges, (e) => e.to);
  const outgoing = group(edges, (e) => e.from);
  const firsts = new Map<string, { quotes: number; passages: number }>();
  for (const c of result.clusters) {
    if (!isReuse(c)) continue;
    const from = c.members[c.origin].doc;
    if (!c.members.some((m) => !m.repeat && m.doc !== from)) continue;
    const f = firsts.get(from) ?? { quotes: 0, passages: 0 };
    count(f, c.kind);
    firsts.set(from, f);
  }
  return result.documents.map((info) => {
    const into = incoming.get(info.id) ?? [];
    const textLength = lengths?.get(info.id) ?? lengths?.get(info.path);
    const takenChars = coveredLength(spans.get(info.id) ?? []);
    const sources = into
      .map((e) => ({ doc: e.from, quotes: e.quotes, passages: e.passages }))
      .sort((a, b) => b.quotes + b.passages - (a.quotes + a.passages));
    return {
      info,
      textLength,
      takenChars,
      share: textLength ? Math.min(1, takenChars / textLength) : undefined,
      quotes: sum(into, (e) => e.quotes),
      passages: sum(into, (e) => e.passages),
      sources,
      firstQuotes: firsts.get(info.id)?.quotes ?? 0,
      firstPassages: firsts.get(info.id)?.passages ?? 0,
      takenBy: (outgoing.get(info.id) ?? []).map((e) => ({ doc: e.to, clusters: e.quotes + e.passages })),
    };
  });
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Total length of the union of [start, end) spans. */
export function coveredLength(spans: readonly (readonly [number, number])[]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -1;
  for (const [s, e] of sorted) {
    if (e <= reach) continue;
    total += e - Math.max(s, reach);
    reach = e;
  }
  return total;
}

function count(e: { quotes: number; passages: number }, kind: ClusterKind): void {
  if (kind === 'quote') e.quotes++;
  else e.passages++;
}

function sum<T>(items: readonly T[], f: (t: T) => number): number {
  return items.reduce((n, t) => n + f(t), 0);
}
