import type { AlignResult, CompareResult } from '../core/index';

/** Version of the JSON shapes in shared/CONTRACT.md. */
export const SCHEMA = 1;

/** `align --json` document, fields in the contract's order. */
export function alignJson(result: AlignResult, version: string): unknown {
  return {
    schema: SCHEMA,
    tool: { name: 'reprint-lens', version },
    documents: result.documents.map((d) => ({ id: d.id, path: d.path, title: d.title, date: d.date, order: d.order })),
    clusters: result.clusters.map((c) => ({
      id: c.id,
      kind: c.kind,
      origin: c.origin,
      members: c.members.map((m) => ({
        doc: m.doc, start: m.start, end: m.end, line: m.line, text: m.text, score: m.score,
        ...(m.evidence ? { evidence: { match: m.evidence.match, similarity: m.evidence.similarity, chance: m.evidence.chance, words: [...m.evidence.words], changed: m.evidence.changed } } : {}),
        ...(m.repeat ? { repeat: true } : {}),
      })),
      // Fields added since the contract was written come after its own.
      ...(c.firstBy ? { firstBy: c.firstBy } : {}),
    })),
  };
}

/** `compare --json` document, fields in the contract's order. */
export function compareJson(result: CompareResult): unknown {
  const doc = (d: CompareResult['left']) => ({ id: d.id, path: d.path, title: d.title, date: d.date, order: d.order });
  return {
    schema: SCHEMA,
    left: doc(result.left),
    right: doc(result.right),
    rows: result.rows.map((r) => ({
      kind: r.kind,
      left: r.left && { start: r.left.start, end: r.left.end, line: r.left.line, text: r.left.text },
      right: r.right && { start: r.right.start, end: r.right.end, line: r.right.line, text: r.right.text },
      score: r.score,
      ...(r.diff ? { diff: r.diff.map((p) => ({ op: p.op, text: p.text, ...(p.minor ? { minor: p.minor } : {}) })) } : {}),
      ...(r.truncated ? { truncated: true } : {}),
    })),
  };
}
