import { isReuse, type Cluster, type ClusterMember, type DocumentInfo } from '../../core';
import { articleReuse, baseName, excerpt, type ArticleReuse } from '../../core/report';
import type { IndexSnapshot } from '../index/reuseIndexService';
import { plainText } from '../util/plainText';

/** What the views, the status bar and the CodeLens read from one index snapshot, worked out once. */
export interface ReuseModel {
  readonly snapshot: IndexSnapshot;
  readonly documents: ReadonlyMap<string, DocumentInfo>;
  readonly byPath: ReadonlyMap<string, DocumentInfo>;
  /** Reuse clusters (page furniture left out), widest first, then by first appearance. */
  readonly clusters: readonly Cluster[];
  readonly clusterById: ReadonlyMap<string, Cluster>;
  /** Per article, by document id. */
  readonly articles: ReadonlyMap<string, ArticleReuse>;
}

const models = new WeakMap<IndexSnapshot, ReuseModel>();

/** The model of a snapshot (built on first use, kept while the snapshot lives). */
export function reuseModel(snapshot: IndexSnapshot): ReuseModel {
  let model = models.get(snapshot);
  if (!model) {
    const { result } = snapshot;
    const documents = new Map(result.documents.map((d) => [d.id, d]));
    const lengths = new Map([...snapshot.articles.values()].map((a) => [a.path, a.text.length]));
    const reuse = result.clusters.filter(isReuse);
    const spread = new Map(reuse.map((c) => [c, articlesOf(c).size]));
    const first = (c: Cluster) => documents.get(c.members[c.origin].doc)?.order ?? 0;
    const clusters = reuse.sort((a, b) => spread.get(b)! - spread.get(a)! || first(a) - first(b) || a.members[a.origin].start - b.members[b.origin].start);
    model = {
      snapshot,
      documents,
      byPath: new Map(result.documents.map((d) => [d.path, d])),
      clusters,
      clusterById: new Map(clusters.map((c) => [c.id, c])),
      articles: new Map(articleReuse(result, lengths).map((a) => [a.info.id, a])),
    };
    models.set(snapshot, model);
  }
  return model;
}

/** The articles a cluster appears in. */
export function articlesOf(c: Cluster): Set<string> {
  return new Set(c.members.map((m) => m.doc));
}

/** Whether `m` is the cluster's first appearance. */
export function isOrigin(c: Cluster, m: ClusterMember): boolean {
  return c.members[c.origin] === m;
}

/** Later versions of a cluster: members other than the first appearance, repeats within one article left out. */
export function laterVersions(c: Cluster): number {
  return c.members.filter((m) => !m.repeat && !isOrigin(c, m)).length;
}

/** A file's name without its folder or article extension, for short labels (made inert: see plainText). */
export function shortName(path: string): string {
  return plainText(baseName(path).replace(/\.(txt|text|md|markdown|article)$/i, ''));
}

/** White-space-collapsed text cut to `max` characters, safe in labels and messages (see plainText). */
export function flatten(text: string, max: number): string {
  return plainText(excerpt(text, max));
}
