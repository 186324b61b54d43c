import type { AlignResult, ClusterMember } from '../../core';
import { collate } from '../../core/compare/collate';
import type { ColumnSource, ColumnsModel, SourceSummary } from '../../shared/protocol';
import { passageText } from './pairView';

/** Each diff behind the N-way view may take this long; past it the row is one coarse change. */
const DIFF_TIMEOUT_MS = 100;

/**
 * One reused passage lined up across the compared sources, a column per source that holds it
 * (the first appearance first). A source that repeats the passage shows its closest copy and
 * counts the others; sources without it are named apart.
 */
export function columnsView(alignment: AlignResult, sources: readonly SourceSummary[], id: string): ColumnsModel | null {
  const cluster = alignment.clusters.find((c) => c.id === id);
  if (!cluster) return null;
  const docs = new Map(alignment.documents.map((d) => [d.id, d]));
  const origin = cluster.members[cluster.origin];
  const byDoc = new Map<string, ClusterMember[]>();
  for (const m of cluster.members) byDoc.set(m.doc, [...(byDoc.get(m.doc) ?? []), m]);
  const chosen = [...byDoc.entries()]
    .map(([doc, members]) => ({
      doc,
      member: members.includes(origin) ? origin : members.reduce((a, b) => (b.score > a.score ? b : a)),
      repeats: members.length - 1,
    }))
    .sort((a, b) => (a.member === origin ? -1 : b.member === origin ? 1 : (docs.get(a.doc)?.order ?? 0) - (docs.get(b.doc)?.order ?? 0)));
  const columns: ColumnSource[] = chosen.map(({ doc, member, repeats }) => {
    const path = docs.get(doc)?.path ?? doc;
    return {
      path,
      title: sources.find((s) => s.path === path)?.title ?? '',
      passage: passageText(member),
      score: member.score,
      isOrigin: member === origin,
      repeats,
    };
  });
  const collation = collate(chosen.map((c) => c.member.text), { timeoutMs: DIFF_TIMEOUT_MS });
  const rows = collation.rows.map((row) => ({
    change: row.change,
    cells: row.readings.map((r, i) => {
      const at = chosen[i].member.start;
      return { start: at + r.start, end: at + r.end, text: r.text, change: r.change };
    }),
  }));
  const present = new Set(columns.map((c) => c.path));
  return {
    id: cluster.id,
    kind: cluster.kind,
    columns,
    rows,
    absent: sources.map((s) => s.path).filter((p) => !present.has(p)),
    truncated: collation.truncated,
  };
}
