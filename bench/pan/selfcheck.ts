/**
 * Self-check of the PAN scorer on the PAN 2013 training corpus:
 *  1. the gold handed back as detections must score plagdet 1.000;
 *  2. one detection spanning both whole documents of every pair must score plagdet 0.117
 *     (recall 1.000, precision about 0.06), the corpus README's reference figure;
 *  3. the exact-match word 8-gram baseline is scored and printed (not asserted).
 * Every detector's output goes through detection XML files and back, like a real system's.
 *
 *   node --import tsx bench/pan/selfcheck.ts [corpus-dir] [--no-baseline]
 * Exits 1 when a reference figure is off, 2 when the corpus cannot be found.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allPairs } from './corpus';
import { defaultPanCorpus } from './defaultCorpus';
import { baselineDetector, goldDetector, wholeDocumentDetector, writeDetections, type PairDetector } from './detectors';
import { evaluatePan, formatPanEvaluation, readDetections, type PanEvaluation } from './evaluate';

const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--')) ?? defaultPanCorpus();
if (!corpus) {
  console.error('PAN corpus not found: pass its directory or set PAN13_DIR');
  process.exit(2);
}
const pairs = allPairs(corpus);
const work = mkdtempSync(join(tmpdir(), 'pan-selfcheck-'));
let failures = 0;

function run(label: string, detector: PairDetector): PanEvaluation {
  const dir = join(work, label.replace(/\W+/g, '-'));
  const t0 = performance.now();
  writeDetections(dir, pairs, detector);
  const ev = evaluatePan(corpus!, pairs, readDetections(dir));
  console.log(formatPanEvaluation(label, ev));
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  return ev;
}

function expect(what: string, actual: number, wanted: number, tolerance: number): void {
  const ok = Math.abs(actual - wanted) <= tolerance;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${actual.toFixed(4)} (expected ${wanted} ± ${tolerance})`);
}

try {
  const gold = run('gold as detections', goldDetector(corpus));
  const whole = run('whole documents', wholeDocumentDetector(corpus));
  expect('gold plagdet', gold.overall.plagdet, 1, 1e-9);
  expect('gold recall', gold.overall.recall, 1, 1e-9);
  expect('gold precision', gold.overall.precision, 1, 1e-9);
  expect('gold granularity', gold.overall.granularity, 1, 1e-9);
  for (const [folder, s] of Object.entries(gold.byFolder)) expect(`gold plagdet ${folder}`, s.plagdet, 1, 1e-9);
  expect('whole-documents plagdet', whole.overall.plagdet, 0.117, 0.0005);
  expect('whole-documents recall', whole.overall.recall, 1, 1e-9);
  expect('whole-documents precision', whole.overall.precision, 0.06, 0.005);
  expect('whole-documents granularity', whole.overall.granularity, 1, 1e-9);
  if (!args.includes('--no-baseline')) {
    console.log('');
    run('exact-match word 8-gram baseline', baselineDetector(corpus));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures === 0 ? '\nselfcheck passed' : `\nselfcheck FAILED (${failures})`);
process.exit(failures === 0 ? 0 : 1);
