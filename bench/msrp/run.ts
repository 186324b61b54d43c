/**
 * The paraphrase benchmark on its own, against any built CLI:
 *
 *   node --import tsx bench/msrp/run.ts [--folders N] [--seed S] [--msrp-dir DIR] [--src DIR]
 *        [--cli PATH | --cli LABEL=PATH]... [--peers past,sim_text | --no-peers] [--msrp-naive]
 *        [--past-commit C] [--timeout S] [--keep DIR] [--out FILE]
 *
 * Prints one table (paraphrase recall, false links, cross-talk) and writes JSON to
 * bench/results/msrp.json (or --out).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Args } from '../harness/args';
import { machineInfo } from '../harness/machine';
import { toolSetFrom } from '../harness/toolSet';
import { benchMsrp, type MsrpReport } from './bench';

const ROOT = resolve(import.meta.dirname, '../..');

export function runMsrpFromArgs(args: Args): MsrpReport {
  const keep = args.value('--keep');
  return benchMsrp(
    {
      seed: args.number('--seed', 1),
      folders: args.number('--folders', 1),
      msrpDir: args.value('--msrp-dir'),
      src: args.value('--src'),
      keep: keep ? resolve(keep) : undefined,
      naive: args.flag('--msrp-naive'),
    },
    toolSetFrom(args),
  );
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const args = new Args();
  const report = runMsrpFromArgs(args);
  const out = resolve(args.value('--out') ?? join(ROOT, 'bench/results/msrp.json'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), machine: machineInfo(), ...report }, null, 2)}\n`);
  console.log(`\nresults written to ${out}`);
}
