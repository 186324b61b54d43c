/**
 * The hidden-examples benchmark on its own, against any built CLI:
 *
 *   node --import tsx bench/hidden/run.ts [--size 2000] [--seed S] [--examples DIR] [--src DIR]
 *        [--cli PATH | --cli LABEL=PATH]... [--peers past,sim_text | --no-peers] [--hidden-naive]
 *        [--past-commit C] [--timeout S] [--keep DIR] [--out FILE]
 *
 * Prints a table, every junk group and every lost link; writes JSON to
 * bench/results/hidden.json (or --out).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Args } from '../harness/args';
import { machineInfo } from '../harness/machine';
import { toolSetFrom } from '../harness/toolSet';
import { benchHidden } from './bench';

const ROOT = resolve(import.meta.dirname, '../..');

export function runHiddenFromArgs(args: Args, size = args.number('--size', 2000)): ReturnType<typeof benchHidden> {
  const keep = args.value('--keep');
  return benchHidden(
    { size, seed: args.number('--seed', 1), examples: args.value('--examples'), src: args.value('--src'), keep: keep ? resolve(keep) : undefined, naive: args.flag('--hidden-naive') },
    toolSetFrom(args),
  );
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const args = new Args();
  const report = runHiddenFromArgs(args);
  const out = resolve(args.value('--out') ?? join(ROOT, 'bench/results/hidden.json'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), machine: machineInfo(), ...report }, null, 2)}\n`);
  console.log(`\nresults written to ${out}`);
}
