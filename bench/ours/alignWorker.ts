/**
 * Child process: aligns a generated corpus with the core's alignArticles, in process, and
 * writes its clusters (as detected groups) with the time and memory it took.
 *   node --import tsx bench/ours/alignWorker.ts <result.json> <corpus-dir>
 */
import { writeFileSync } from 'node:fs';
import { readArticles, readTruth } from '../harness/corpusFiles';
import { peakRssMiB, rssMiB } from '../harness/worker';
import type { DetectedGroup } from '../truth/detections';
import { loadEngine } from './engine';
import { isReuse } from '../../src/core/types';

export interface AlignWorkerResult {
  readonly available: boolean;
  readonly message?: string;
  readonly seconds?: number;
  /** Peak RSS of the whole child process, and its RSS just before the call. */
  readonly peakRssMiB?: number;
  readonly rssBeforeMiB?: number;
  readonly clusters?: number;
  readonly groups?: DetectedGroup[];
}

async function align(corpusDir: string): Promise<AlignWorkerResult> {
  const load = await loadEngine();
  if (!load.ok) return { available: false, message: load.message };
  const truth = readTruth(corpusDir);
  const inputs = readArticles(corpusDir, truth);
  const before = rssMiB();
  const t0 = performance.now();
  const aligned = load.engine.alignArticles(inputs);
  const seconds = (performance.now() - t0) / 1000;
  const peak = peakRssMiB();
  const pathOf = new Map(aligned.documents.map((d) => [d.id, d.path]));
  // Clusters ours labels as page furniture are its own verdict of "not reuse": not scored as detections.
  const groups: DetectedGroup[] = aligned.clusters.filter(isReuse).map((c) => ({
    members: c.members.map((m) => ({ path: pathOf.get(m.doc) ?? m.doc, start: m.start, end: m.end })),
  }));
  return { available: true, seconds, peakRssMiB: peak, rssBeforeMiB: before, clusters: aligned.clusters.length, groups };
}

const [outFile, corpusDir] = process.argv.slice(2);
align(corpusDir)
  .then((result) => writeFileSync(outFile, JSON.stringify(result)))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
