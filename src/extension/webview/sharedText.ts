import { isReuse } from '../../core';
import type { AlignResult } from '../../core';

/**
 * How much reused text each two articles share, from an alignment's clusters: for each
 * passage or quote, the shorter of the two articles' versions. A cheap measure of how related
 * two sources are, used to open a comparison on the pair that has the most to show.
 */
export class SharedText {
  private readonly shared = new Map<string, number>();
  private readonly order: ReadonlyMap<string, number>;

  constructor(alignment: AlignResult) {
    const pathOf = new Map(alignment.documents.map((d) => [d.id, d.path]));
    this.order = new Map(alignment.documents.map((d) => [d.path, d.order]));
    for (const cluster of alignment.clusters.filter(isReuse)) {
      // One article's longest version counts once, however often the article repeats it.
      const chars = new Map<string, number>();
      for (const m of cluster.members) {
        const path = pathOf.get(m.doc)!;
        chars.set(path, Math.max(chars.get(path) ?? 0, m.end - m.start));
      }
      const paths = [...chars.keys()];
      for (let i = 0; i < paths.length; i++) {
        for (let j = i + 1; j < paths.length; j++) {
          const key = this.key(paths[i], paths[j]);
          this.shared.set(key, (this.shared.get(key) ?? 0) + Math.min(chars.get(paths[i])!, chars.get(paths[j])!));
        }
      }
    }
  }

  /** Characters of reused text `a` and `b` share. */
  between(a: string, b: string): number {
    return this.shared.get(this.key(a, b)) ?? 0;
  }

  /** The path among `others` sharing most with `path`; ties (and no sharing at all) go to the earliest. */
  closestTo(path: string, others: readonly string[]): string | undefined {
    return this.best(others.filter((o) => o !== path).map((o) => [path, o] as const))?.[1];
  }

  /** The two paths that share most, earlier one first; ties go to the earliest pair. */
  closestPair(paths: readonly string[]): readonly [string, string] | undefined {
    const pairs: Array<readonly [string, string]> = [];
    for (let i = 0; i < paths.length; i++) for (let j = i + 1; j < paths.length; j++) pairs.push(this.byOrder(paths[i], paths[j]));
    return this.best(pairs);
  }

  private best<T extends readonly [string, string]>(pairs: readonly T[]): T | undefined {
    let best: T | undefined;
    let bestChars = -1;
    for (const p of pairs) {
      const chars = this.between(p[0], p[1]);
      if (chars > bestChars || (chars === bestChars && best && this.rank(p) < this.rank(best))) {
        best = p;
        bestChars = chars;
      }
    }
    return best;
  }

  private rank(p: readonly [string, string]): number {
    return Math.min(this.order.get(p[0]) ?? 0, this.order.get(p[1]) ?? 0) * 1e6 + Math.max(this.order.get(p[0]) ?? 0, this.order.get(p[1]) ?? 0);
  }

  private byOrder(a: string, b: string): readonly [string, string] {
    return (this.order.get(a) ?? 0) <= (this.order.get(b) ?? 0) ? [a, b] : [b, a];
  }

  private key(a: string, b: string): string {
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  }
}
