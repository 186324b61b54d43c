/**
 * The real-text reprint benchmark on its own, against any built CLI:
 *
 *   node --import tsx bench/realtext/run.ts [--size 2000[,5000]] [--seed S] [--src DIR]
 *        [--cli PATH | --cli LABEL=PATH]... [--peers past,sim_text,naive | --no-peers]
 *        [--past-commit C] [--naive-cap S] [--timeout S] [--top N] [--keep DIR] [--out FILE]
 *
 * Prints a table per size and the groups with the most wrong pairs per tool; writes JSON to
 * bench/results/realtext.json (or --out). The naive peer runs up to 2,000 articles.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Args } from '../harness/args';
import { machineInfo } from '../harness/machine';
import { toolSetFrom } from '../harness/toolSet';
import { benchRealText, type RealTextReport } from './bench';

const ROOT = resolve(import.meta.dirname, '../..');

export function runRealTextSizes(args: Args, sizes: readonly number[]): RealTextReport[] {
  const base = toolSetFrom(args);
  const seed = args.number('--seed', 1);
  const keep = args.value('--keep');
  return sizes.map((size) => {
    // The naive peer compares every sentence pair: past 2,000 articles it says nothing in its cap.
    const tools = size > 2000 && base.peers.has('naive') ? { ...base, peers: new Set([...base.peers].filter((p) => p !== 'naive')) } : base;
    return benchRealText({ size, seed, src: args.value('--src'), keep: keep ? resolve(keep) : undefined, top: args.number('--top', 20) }, tools);
  });
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const args = new Args();
  const sizes = args.numbers('--size', [2000]);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
    console.error('--size takes article counts, e.g. 2000 or 2000,5000');
    process.exit(2);
  }
  const reports = runRealTextSizes(args, sizes);
  const out = resolve(args.value('--out') ?? join(ROOT, 'bench/results/realtext.json'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), machine: machineInfo(), reports }, null, 2)}\n`);
  console.log(`\nresults written to ${out}`);
}
