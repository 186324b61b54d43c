import { clusterSeeds } from './clustering';
import type { Seed, SentenceCase } from './types';
import { cosine, sumVectors, type SentenceVector } from './weighting';

/** A case with the similarity of its two fragments. */
export interface ScoredCase extends SentenceCase {
  readonly similarity: number;
}

/** The sentence ranges a group of seeds spans on both sides. */
export function caseOf(seeds: readonly Seed[]): SentenceCase {
  let a0 = Infinity, a1 = -1, b0 = Infinity, b1 = -1;
  for (const s of seeds) {
    if (s.a < a0) a0 = s.a;
    if (s.a > a1) a1 = s.a;
    if (s.b < b0) b0 = s.b;
    if (s.b > b1) b1 = s.b;
  }
  return { a0, a1, b0, b1, seeds };
}

/**
 * Clusters seeds into cases and keeps those whose two fragments, each taken whole as one
 * bag of words, are similar. A generous gap joins the scattered seeds of a heavily
 * rewritten passage, but it can also bridge two separate passages or drag in unrelated
 * sentences; the fragments of such a case then share a smaller part of their words. So a case
 * that fails is clustered again with a gap one smaller, down to `minGap`, and only the parts
 * that pass are kept: the gap adapts to each case instead of being one compromise.
 */
export function extendSeeds(
  seeds: readonly Seed[],
  a: readonly SentenceVector[],
  b: readonly SentenceVector[],
  gap: number,
  minGap: number,
  minSimilarity: number,
): ScoredCase[] {
  const out: ScoredCase[] = [];
  const check = (group: readonly Seed[], g: number): void => {
    const c = caseOf(group);
    const similarity = cosine(sumVectors(a, c.a0, c.a1), sumVectors(b, c.b0, c.b1));
    if (similarity > minSimilarity) out.push({ ...c, similarity });
    else if (g > minGap) for (const sub of clusterSeeds(group, g - 1, g - 1)) check(sub, g - 1);
  };
  for (const group of clusterSeeds(seeds, gap, gap)) check(group, gap);
  return out;
}
