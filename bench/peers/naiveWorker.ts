/**
 * Child process: the naive sentence-pair peer on a generated corpus (a folder with
 * truth.json) or on any folder of `.txt` articles (read recursively, paths relative to it).
 *   node --import tsx bench/peers/naiveWorker.ts <result.json> <corpus-or-articles-dir> <cap-seconds>
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles, readTruth } from '../harness/corpusFiles';
import { peakRssMiB } from '../harness/worker';
import { runNaive, type NaiveResult } from './naive';

export type NaiveWorkerResult = NaiveResult & { readonly peakRssMiB: number };

const [outFile, dir, capSeconds] = process.argv.slice(2);
const articles = existsSync(join(dir, 'truth.json'))
  ? readArticles(dir, readTruth(dir))
  : (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
const result = runNaive(articles, { capMs: Number(capSeconds) * 1000 });
writeFileSync(outFile, JSON.stringify({ ...result, peakRssMiB: peakRssMiB() } satisfies NaiveWorkerResult));
