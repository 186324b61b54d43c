/**
 * Child process: the naive sentence-pair peer on a generated corpus.
 *   node --import tsx bench/peers/naiveWorker.ts <result.json> <corpus-dir> <cap-seconds>
 */
import { writeFileSync } from 'node:fs';
import { readArticles, readTruth } from '../harness/corpusFiles';
import { peakRssMiB } from '../harness/worker';
import { runNaive, type NaiveResult } from './naive';

export type NaiveWorkerResult = NaiveResult & { readonly peakRssMiB: number };

const [outFile, corpusDir, capSeconds] = process.argv.slice(2);
const truth = readTruth(corpusDir);
const result = runNaive(readArticles(corpusDir, truth), { capMs: Number(capSeconds) * 1000 });
writeFileSync(outFile, JSON.stringify({ ...result, peakRssMiB: peakRssMiB() } satisfies NaiveWorkerResult));
