/**
 * What happens to the example articles when they are hidden among unrelated ones.
 *
 * A link is two members of one group (not labelled `boilerplate`) in two different articles.
 * - Junk: a group is junk when it has members both in an example article and in a generated
 *   (unrelated) one: the examples share nothing with the generated text by construction.
 *   Groups labelled `boilerplate` that do so are listed apart.
 * - Survival: each link the tool finds on the example corpus alone survives in the big folder
 *   when one group there has a member in the first article overlapping the first span and a
 *   member in the second article overlapping the second span.
 */
import type { DetectedGroup, DetectedSpan } from '../truth/detections';

export interface Link {
  readonly kind: string;
  readonly a: DetectedSpan;
  readonly b: DetectedSpan;
}

export interface JunkGroup {
  readonly kind: string;
  /** Members in example articles, as `file: text`. */
  readonly inExamples: readonly string[];
  /** Generated articles the group reaches, and one of their texts. */
  readonly otherArticles: number;
  readonly otherText: string;
}

/** Every link of the groups (pairs of members in different articles), boilerplate left out. */
export function linksOf(groups: readonly DetectedGroup[]): Link[] {
  const out: Link[] = [];
  for (const g of groups) {
    if (g.kind === 'boilerplate') continue;
    const ms = g.members;
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        if (ms[i].path !== ms[j].path) out.push({ kind: g.kind ?? 'pair', a: ms[i], b: ms[j] });
      }
    }
  }
  return out;
}

const overlaps = (m: DetectedSpan, s: DetectedSpan) => m.path === s.path && m.start < s.end && s.start < m.end;

/** Links of `alone` not matched by any group of `hidden` (matched by overlapping spans in the same two articles). */
export function lostLinks(alone: readonly Link[], hidden: readonly DetectedGroup[]): Link[] {
  const byPath = new Map<string, Array<{ g: number; m: DetectedSpan }>>();
  hidden.forEach((g, i) => {
    if (g.kind === 'boilerplate') return;
    for (const m of g.members) (byPath.get(m.path) ?? byPath.set(m.path, []).get(m.path)!).push({ g: i, m });
  });
  return alone.filter((l) => {
    const groupsA = new Set((byPath.get(l.a.path) ?? []).filter((x) => overlaps(x.m, l.a)).map((x) => x.g));
    return !(byPath.get(l.b.path) ?? []).some((x) => overlaps(x.m, l.b) && groupsA.has(x.g));
  });
}

/** Groups with members both in an example article and in another article. */
export function junkGroups(groups: readonly DetectedGroup[], isExample: (path: string) => boolean, textOf: (m: DetectedSpan) => string): { reuse: JunkGroup[]; boilerplate: JunkGroup[] } {
  const reuse: JunkGroup[] = [];
  const boilerplate: JunkGroup[] = [];
  for (const g of groups) {
    const ex = g.members.filter((m) => isExample(m.path));
    const other = g.members.filter((m) => !isExample(m.path));
    if (ex.length === 0 || other.length === 0) continue;
    const junk: JunkGroup = {
      kind: g.kind ?? 'pair',
      inExamples: ex.map((m) => `${m.path}: ${textOf(m).replace(/\s+/g, ' ').slice(0, 120)}`),
      otherArticles: new Set(other.map((m) => m.path)).size,
      otherText: textOf(other[0]).replace(/\s+/g, ' ').slice(0, 120),
    };
    (g.kind === 'boilerplate' ? boilerplate : reuse).push(junk);
  }
  return { reuse, boilerplate };
}
