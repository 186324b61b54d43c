/**
 * Which tools a real-text benchmark runs, from its command line, and running them in order
 * on one folder:
 *   --cli PATH | --cli LABEL=PATH   an engine's built CLI (repeatable; default: this
 *                                   repository's dist/cli.js as "ours")
 *   --peers LIST                    comma-separated from past, sim_text, naive (default: all three)
 *   --no-peers                      only the --cli engines
 *   --no-naive                      all but the naive peer
 *   --past-commit C                 the commit "today's engine" is built from (default 743703c)
 *   --naive-cap SECONDS             the naive peer's time cap (default 120)
 *   --timeout SECONDS               per engine run (default 3600)
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_PAST_COMMIT, pastEngineCli } from '../peers/pastEngine';
import type { Args } from './args';
import { loadNow } from './machine';
import { runEngineCli, runNaiveTool, runSimTextTool, type ToolRun } from './tools';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ToolSet {
  readonly clis: ReadonlyArray<{ readonly label: string; readonly path: string }>;
  readonly peers: ReadonlySet<'past' | 'sim_text' | 'naive'>;
  readonly pastCommit: string;
  readonly naiveCap: number;
  readonly timeoutMs: number;
}

export function toolSetFrom(args: Args): ToolSet {
  const given = args.values('--cli').map((v) => {
    const eq = v.indexOf('=');
    const path = resolve(eq > 0 ? v.slice(eq + 1) : v);
    const label = eq > 0 ? v.slice(0, eq) : path === resolve(ROOT, 'dist/cli.js') ? 'ours' : `${basename(dirname(dirname(path)))}/${basename(path)}`;
    return { label, path };
  });
  const peerList = args.flag('--no-peers')
    ? []
    : (args.value('--peers') ?? 'past,sim_text,naive').split(',').filter((p) => p && !(p === 'naive' && args.flag('--no-naive')));
  for (const p of peerList) if (!['past', 'sim_text', 'naive'].includes(p)) throw new Error(`unknown peer ${p} (past, sim_text, naive)`);
  return {
    clis: given.length > 0 ? given : [{ label: 'ours', path: join(ROOT, 'dist/cli.js') }],
    peers: new Set(peerList as Array<'past' | 'sim_text' | 'naive'>),
    pastCommit: args.value('--past-commit') ?? DEFAULT_PAST_COMMIT,
    naiveCap: args.number('--naive-cap', 120),
    timeoutMs: args.number('--timeout', 3600) * 1000,
  };
}

/** Runs the set's tools on `dir`; `naive: false` leaves the naive peer out (with the reason). */
export function runToolSet(set: ToolSet, dir: string, opts: { naive?: boolean | string } = {}): Array<ToolRun & { json?: unknown }> {
  const runs: Array<ToolRun & { json?: unknown }> = [];
  // Each run records how busy the machine was as it started: other processes share the cores.
  const run = (go: () => ToolRun & { json?: unknown }) => {
    const loadAverage = loadNow();
    const r = go();
    runs.push({ ...r, extra: { ...r.extra, loadAverage } });
  };
  for (const c of set.clis) {
    run(() => (existsSync(c.path) ? runEngineCli(c.label, c.path, dir, set.timeoutMs) : { tool: c.label, ran: false, note: `${c.path} not built (npm run build)` }));
  }
  if (set.peers.has('past')) {
    const label = `engine@${set.pastCommit}`;
    run(() => {
      const past = pastEngineCli(set.pastCommit);
      return past.ok ? runEngineCli(label, past.cli, dir, set.timeoutMs) : { tool: label, ran: false, note: past.reason };
    });
  }
  if (set.peers.has('sim_text')) run(() => runSimTextTool(dir));
  if (set.peers.has('naive')) {
    if (opts.naive === undefined || opts.naive === true) run(() => runNaiveTool(dir, set.naiveCap));
    else runs.push({ tool: 'naive', ran: false, note: typeof opts.naive === 'string' ? opts.naive : 'not run here' });
  }
  return runs;
}
