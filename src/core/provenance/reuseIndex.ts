import { isReuse, type AlignResult, type Cluster, type ClusterMember, type DocumentInfo } from '../types';

/** One appearance of a cluster, with its first appearance for context. */
export interface Appearance {
  readonly cluster: Cluster;
  readonly member: ClusterMember;
  readonly document: DocumentInfo;
  readonly origin: ClusterMember;
  readonly originDocument: DocumentInfo;
}

/**
 * Answers "what here is reused, and where did it first appear?" from an alignment result,
 * without aligning anything: per article, appearances sorted by start, so a hover finds the
 * spans under the cursor by binary search. Clusters of kind `boilerplate` are left out.
 */
export class ReuseIndex {
  private readonly byPath = new Map<string, Appearance[]>();
  private readonly longest = new Map<string, number>();
  private readonly docs = new Map<string, DocumentInfo>();

  constructor(readonly result: AlignResult) {
    const byDoc = new Map<string, Appearance[]>();
    for (const d of result.documents) {
      this.docs.set(d.id, d);
      byDoc.set(d.id, []);
    }
    for (const cluster of result.clusters) {
      // Page furniture (bylines, comment footers) is not reuse: no hovers or highlights for it.
      if (!isReuse(cluster)) continue;
      const origin = cluster.members[cluster.origin];
      const originDocument = this.docs.get(origin.doc)!;
      for (const member of cluster.members) {
        byDoc.get(member.doc)!.push({ cluster, member, document: this.docs.get(member.doc)!, origin, originDocument });
      }
    }
    for (const [id, list] of byDoc) {
      if (list.length === 0) continue;
      list.sort((x, y) => x.member.start - y.member.start || x.member.end - y.member.end);
      let longest = 0;
      for (const a of list) longest = Math.max(longest, a.member.end - a.member.start);
      const path = this.docs.get(id)!.path;
      this.byPath.set(path, list);
      this.longest.set(path, longest);
    }
  }

  /** Every appearance in the article at `path`, in text order. */
  appearancesIn(path: string): readonly Appearance[] {
    return this.byPath.get(path) ?? [];
  }

  /** Appearances in the article at `path` whose span contains `offset` (ends inclusive). */
  appearancesAt(path: string, offset: number): Appearance[] {
    const list = this.byPath.get(path);
    if (!list) return [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].member.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const reach = this.longest.get(path) ?? 0;
    const out: Appearance[] = [];
    for (let i = lo - 1; i >= 0 && list[i].member.start >= offset - reach; i--) {
      if (list[i].member.end >= offset) out.push(list[i]);
    }
    // Innermost (shortest) span first: the quote under the cursor before the passage around it.
    return out.sort((x, y) => (x.member.end - x.member.start) - (y.member.end - y.member.start) || x.cluster.id.localeCompare(y.cluster.id));
  }
}
