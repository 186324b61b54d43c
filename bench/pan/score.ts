/**
 * Scores a directory of PAN detection XML files against the gold of a PAN corpus.
 *
 *   node --import tsx bench/pan/score.ts <detections-dir> [--corpus DIR] [--limit N | --sample] [--json]
 */
import { defaultPanCorpus } from './defaultCorpus';
import { evaluatePan, formatPanEvaluation, readDetections } from './evaluate';
import { selectPairs } from './selection';

const args = process.argv.slice(2);
const value = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const detDir = args.find((a, i) => !a.startsWith('--') && !['--corpus', '--limit'].includes(args[i - 1] ?? ''));
const corpus = value('--corpus') ?? defaultPanCorpus();
if (!detDir || !corpus) {
  console.error('usage: score.ts <detections-dir> [--corpus DIR] [--limit N | --sample] [--json]');
  process.exit(2);
}
const limitArg = value('--limit');
const pairs = selectPairs(corpus, args.includes('--sample') ? 'sample' : limitArg ? Number(limitArg) : undefined);
const ev = evaluatePan(corpus, pairs, readDetections(detDir));
console.log(args.includes('--json') ? JSON.stringify(ev, null, 2) : formatPanEvaluation(detDir, ev));
