/**
 * PAN's character-level measures for text alignment (Potthast et al., COLING 2010), following
 * the semantics of PAN's reference evaluator:
 * - a detection detects a case when both name the same suspicious and source document and
 *   their ranges overlap in the suspicious document AND in the source document;
 * - the size of an annotation is its suspicious length plus its source length: the two
 *   character sets are disjoint (they live in different documents), so |s| = this + source,
 *   and an overlap is counted per side, each side as the union of the overlapping ranges;
 * - macro recall averages, over all cases, the covered share of each case; a case in a
 *   suspicious document with no detection at all contributes 0;
 * - macro precision is the same computation with the roles of cases and detections swapped;
 * - both are 1 when there are no cases and no detections, and 0 when exactly one side is empty;
 * - granularity averages, over cases detected at least once, the number of detections that
 *   detect it; it is 1 when nothing is detected;
 * - plagdet = F1 / log2(1 + granularity), 0 when recall and precision are both 0.
 * Exact duplicate annotations count once (the reference evaluator keeps them in a set).
 */
import { uniqueAnnotations, type PanAnnotation } from './annotation';

export interface PanScores {
  readonly recall: number;
  readonly precision: number;
  readonly granularity: number;
  readonly plagdet: number;
  readonly cases: number;
  readonly detections: number;
}

export function overlaps(a: PanAnnotation, b: PanAnnotation): boolean {
  return (
    a.susp === b.susp &&
    a.source === b.source &&
    b.thisOffset + b.thisLength > a.thisOffset &&
    b.thisOffset < a.thisOffset + a.thisLength &&
    b.sourceOffset + b.sourceLength > a.sourceOffset &&
    b.sourceOffset < a.sourceOffset + a.sourceLength
  );
}

/** Number of positions of [start, start+length) covered by the union of the given ranges. */
function coveredLength(start: number, length: number, ranges: Array<[number, number]>): number {
  const end = start + length;
  const clipped: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const cs = Math.max(s, start);
    const ce = Math.min(e, end);
    if (ce > cs) clipped.push([cs, ce]);
  }
  clipped.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curS = -1;
  let curE = -1;
  for (const [s, e] of clipped) {
    if (s > curE) {
      total += curE - curS;
      curS = s;
      curE = e;
    } else if (e > curE) {
      curE = e;
    }
  }
  return total + (curE - curS);
}

/** Groups annotations by suspicious document, the index PAN's evaluator uses. */
function bySusp(list: readonly PanAnnotation[]): Map<string, PanAnnotation[]> {
  const index = new Map<string, PanAnnotation[]>();
  for (const a of list) {
    const bucket = index.get(a.susp);
    if (bucket) bucket.push(a);
    else index.set(a.susp, [a]);
  }
  return index;
}

/** Share of `target`'s characters (both sides) covered by the annotations in `others` that overlap it. */
export function coverage(target: PanAnnotation, others: readonly PanAnnotation[]): number {
  const size = target.thisLength + target.sourceLength;
  if (size <= 0) return 0;
  const hits = others.filter((o) => overlaps(target, o));
  if (hits.length === 0) return 0;
  const thisCovered = coveredLength(
    target.thisOffset,
    target.thisLength,
    hits.map((h) => [h.thisOffset, h.thisOffset + h.thisLength] as [number, number]),
  );
  const sourceCovered = coveredLength(
    target.sourceOffset,
    target.sourceLength,
    hits.map((h) => [h.sourceOffset, h.sourceOffset + h.sourceLength] as [number, number]),
  );
  return (thisCovered + sourceCovered) / size;
}

/** Mean coverage of each annotation of `targets` by `others` (macro recall; swapped: macro precision). */
function macroCoverage(targets: readonly PanAnnotation[], others: readonly PanAnnotation[]): number {
  if (targets.length === 0 && others.length === 0) return 1;
  if (targets.length === 0 || others.length === 0) return 0;
  const index = bySusp(others);
  let sum = 0;
  for (const t of targets) {
    const candidates = index.get(t.susp);
    if (candidates) sum += coverage(t, candidates);
  }
  return sum / targets.length;
}

export function macroRecall(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[]): number {
  return macroCoverage(uniqueAnnotations(cases), uniqueAnnotations(detections));
}

export function macroPrecision(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[]): number {
  return macroCoverage(uniqueAnnotations(detections), uniqueAnnotations(cases));
}

export function granularity(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[]): number {
  const dets = uniqueAnnotations(detections);
  if (dets.length === 0) return 1;
  const index = bySusp(dets);
  let detected = 0;
  let hits = 0;
  for (const c of uniqueAnnotations(cases)) {
    const n = (index.get(c.susp) ?? []).filter((d) => overlaps(c, d)).length;
    if (n > 0) {
      detected += 1;
      hits += n;
    }
  }
  return detected === 0 ? 1 : hits / detected;
}

export function plagdet(recall: number, precision: number, gran: number): number {
  if ((recall === 0 && precision === 0) || recall < 0 || precision < 0 || gran < 1) return 0;
  const f1 = (2 * recall * precision) / (recall + precision);
  return f1 / Math.log2(1 + gran);
}

export function scorePan(cases: readonly PanAnnotation[], detections: readonly PanAnnotation[]): PanScores {
  const c = uniqueAnnotations(cases);
  const d = uniqueAnnotations(detections);
  const recall = macroCoverage(c, d);
  const precision = macroCoverage(d, c);
  const gran = granularity(c, d);
  return { recall, precision, granularity: gran, plagdet: plagdet(recall, precision, gran), cases: c.length, detections: d.length };
}
