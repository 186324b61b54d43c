/**
 * node --import tsx bench/gen/cli.ts <out-dir> [--size N] [--seed S] [--real [--src DIR]]
 * Writes <out-dir>/articles/*.txt and <out-dir>/truth.json, and prints a summary. `--real`
 * takes the base paragraphs from real documents (bench/realtext), by default the PAN 2013
 * source documents beside the repository.
 */
import { generateRealCorpus } from '../realtext/generate';
import { generateCorpus } from './generate';
import { summariseTruth } from './summary';

const args = process.argv.slice(2);
const WITH_VALUE = ['--size', '--seed', '--src'];
const value = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const outDir = args.find((a, i) => !a.startsWith('--') && !WITH_VALUE.includes(args[i - 1] ?? ''));
if (!outDir) {
  console.error('usage: cli.ts <out-dir> [--size N] [--seed S] [--real [--src DIR]]');
  process.exit(2);
}
const size = Number(value('--size') ?? 100);
const seed = Number(value('--seed') ?? 1);
const t0 = performance.now();
const { truth } = args.includes('--real')
  ? generateRealCorpus({ size, seed, outDir, src: value('--src') })
  : generateCorpus({ size, seed, outDir });
const seconds = (performance.now() - t0) / 1000;
console.log(summariseTruth(truth));
console.log(`generated in ${seconds.toFixed(2)} s into ${outDir}`);
