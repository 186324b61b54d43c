/**
 * Scores detected groups against a generated corpus's ground truth.
 *
 * Recall: a planted reuse is found when one group has members overlapping its source span
 * and members overlapping its copy span, each by at least half of that span (the group's
 * members in one document are taken together). Reported overall and by edit rate, kind and
 * way of copying.
 *
 * Precision: a member's characters count as correct where they fall on an appearance of a
 * reused paragraph or quote (a family) that another member of the same group, in another
 * article, also overlaps. A member is correct when at least half of it is; precision is the
 * share of correct members (and, as a second figure, of correct characters). Members lying
 * mostly on boilerplate are counted apart, as false positives.
 */
import type { CorpusTruth, PlantedReuse } from '../gen/truth';
import type { DetectedGroup, DetectedSpan } from './detections';
import { clip, SpanIndex, unionLength, type Interval } from './intervals';

export interface RecallBucket {
  readonly planted: number;
  readonly found: number;
  readonly recall: number;
}

export interface TruthScore {
  readonly groups: number;
  readonly members: number;
  readonly recall: number;
  readonly recallBy: {
    readonly editRate: Record<string, RecallBucket>;
    readonly kind: Record<string, RecallBucket>;
    readonly via: Record<string, RecallBucket>;
  };
  /** Share of members that are mostly correct. */
  readonly precision: number;
  /** Share of detected characters that are correct. */
  readonly charPrecision: number;
  /** Members lying mostly on bylines and footers. */
  readonly boilerplateMembers: number;
  readonly f1: number;
}

interface IndexedMember extends DetectedSpan {
  readonly group: number;
}

function bucket(map: Map<string, [number, number]>, key: string, found: boolean): void {
  const b = map.get(key) ?? [0, 0];
  b[0]++;
  if (found) b[1]++;
  map.set(key, b);
}

function buckets(map: Map<string, [number, number]>): Record<string, RecallBucket> {
  const out: Record<string, RecallBucket> = {};
  for (const [k, [planted, found]] of [...map.entries()].sort()) out[k] = { planted, found, recall: planted ? found / planted : 0 };
  return out;
}

/** Per group, the covered length of [start, end) in `path` by that group's members. */
function coverageByGroup(index: SpanIndex<IndexedMember>, path: string, start: number, end: number): Map<number, number> {
  const parts = new Map<number, Interval[]>();
  for (const m of index.overlapping(path, start, end)) {
    const c = clip(m.start, m.end, start, end);
    if (!c) continue;
    const list = parts.get(m.group);
    if (list) list.push(c);
    else parts.set(m.group, [c]);
  }
  const out = new Map<number, number>();
  for (const [g, list] of parts) out.set(g, unionLength(list));
  return out;
}

export function isFound(r: PlantedReuse, index: SpanIndex<IndexedMember>): boolean {
  const src = coverageByGroup(index, r.source.path, r.source.start, r.source.end);
  if (src.size === 0) return false;
  const cpy = coverageByGroup(index, r.copy.path, r.copy.start, r.copy.end);
  const needSrc = (r.source.end - r.source.start) / 2;
  const needCpy = (r.copy.end - r.copy.start) / 2;
  for (const [g, covered] of src) {
    if (covered >= needSrc && (cpy.get(g) ?? 0) >= needCpy) return true;
  }
  return false;
}

export function scoreAgainstTruth(truth: CorpusTruth, groups: readonly DetectedGroup[]): TruthScore {
  const members: IndexedMember[] = [];
  groups.forEach((g, group) => {
    for (const m of g.members) if (m.end > m.start) members.push({ path: m.path, start: m.start, end: m.end, group });
  });
  const memberIndex = new SpanIndex(members);

  const byRate = new Map<string, [number, number]>();
  const byKind = new Map<string, [number, number]>();
  const byVia = new Map<string, [number, number]>();
  let found = 0;
  for (const r of truth.reuses) {
    const ok = isFound(r, memberIndex);
    if (ok) found++;
    bucket(byRate, `${Math.round(r.editRate * 100)}%`, ok);
    bucket(byKind, r.kind, ok);
    bucket(byVia, r.via, ok);
  }

  const occurrenceIndex = new SpanIndex(truth.occurrences);
  const boilerIndex = new SpanIndex(truth.boilerplate);
  // For each group, which documents touch each family.
  const familyDocs = new Map<number, Map<string, Set<string>>>();
  for (const m of members) {
    let fams = familyDocs.get(m.group);
    if (!fams) familyDocs.set(m.group, (fams = new Map()));
    for (const o of occurrenceIndex.overlapping(m.path, m.start, m.end)) {
      let docs = fams.get(o.family);
      if (!docs) fams.set(o.family, (docs = new Set()));
      docs.add(m.path);
    }
  }
  let goodMembers = 0;
  let goodChars = 0;
  let allChars = 0;
  let boilerplateMembers = 0;
  for (const m of members) {
    const len = m.end - m.start;
    allChars += len;
    const fams = familyDocs.get(m.group)!;
    const covered: Interval[] = [];
    for (const o of occurrenceIndex.overlapping(m.path, m.start, m.end)) {
      const docs = fams.get(o.family)!;
      if (docs.size >= 2) {
        const c = clip(m.start, m.end, o.start, o.end);
        if (c) covered.push(c);
      }
    }
    const good = unionLength(covered);
    goodChars += good;
    if (good * 2 >= len) goodMembers++;
    else {
      const boiler = unionLength(
        boilerIndex.overlapping(m.path, m.start, m.end).map((b) => clip(m.start, m.end, b.start, b.end)!).filter(Boolean),
      );
      if (boiler * 2 >= len) boilerplateMembers++;
    }
  }
  const recall = truth.reuses.length ? found / truth.reuses.length : 0;
  const precision = members.length ? goodMembers / members.length : 0;
  return {
    groups: groups.length,
    members: members.length,
    recall,
    recallBy: { editRate: buckets(byRate), kind: buckets(byKind), via: buckets(byVia) },
    precision,
    charPrecision: allChars ? goodChars / allChars : 0,
    boilerplateMembers,
    f1: recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0,
  };
}
