/**
 * node --import tsx bench/gen/cli.ts <out-dir> [--size N] [--seed S]
 * Writes <out-dir>/articles/*.txt and <out-dir>/truth.json, and prints a summary.
 */
import { generateCorpus } from './generate';
import { summariseTruth } from './summary';

const args = process.argv.slice(2);
const value = (flag: string, fallback: number): number => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const outDir = args.find((a, i) => !a.startsWith('--') && !['--size', '--seed'].includes(args[i - 1] ?? ''));
if (!outDir) {
  console.error('usage: cli.ts <out-dir> [--size N] [--seed S]');
  process.exit(2);
}
const t0 = performance.now();
const { truth } = generateCorpus({ size: value('--size', 100), seed: value('--seed', 1), outDir });
const seconds = (performance.now() - t0) / 1000;
console.log(summariseTruth(truth));
console.log(`generated in ${seconds.toFixed(2)} s into ${outDir}`);
