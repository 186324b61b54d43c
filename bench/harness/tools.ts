/**
 * Running the tools the real-text benchmarks compare on a folder of articles, each reduced to
 * groups of spans (paths relative to the folder) with its time and peak memory:
 *   - an engine's command line, `node <cli> align --json <dir>` (ours, or a past commit's
 *     build), read from the contract's JSON with each cluster's kind kept;
 *   - `sim_text -s -r8` (pairwise: each run is a group of two);
 *   - the naive sentence-pair peer (pairwise, time-capped), in a child process.
 * A tool that cannot run comes back with `ran: false` and the reason.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { DetectedGroup } from '../truth/detections';
import type { NaiveWorkerResult } from '../peers/naiveWorker';
import { runSimText } from '../peers/simText';
import { runTimed } from '../peers/timed';
import { runWorker } from './worker';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ToolRun {
  readonly tool: string;
  readonly ran: boolean;
  readonly note?: string;
  readonly seconds?: number;
  readonly peakRssMiB?: number | null;
  /** Pairwise tools report pairs; engines report clusters (with a kind). */
  readonly pairwise?: boolean;
  readonly groups?: DetectedGroup[];
  readonly extra?: Record<string, unknown>;
}

/** The contract's `align --json` output, the parts scored here. */
export interface AlignJson {
  readonly documents: ReadonlyArray<{ readonly id: string; readonly path: string }>;
  readonly clusters: ReadonlyArray<{ readonly kind: string; readonly members: ReadonlyArray<{ readonly doc: string; readonly start: number; readonly end: number }> }>;
}

/** The clusters of an `align --json` run as groups, paths made relative to `baseDir`. */
export function groupsFromAlignJson(json: AlignJson, baseDir: string): DetectedGroup[] {
  const pathOf = new Map(json.documents.map((d) => [d.id, relative(baseDir, resolve(d.path))]));
  return json.clusters.map((c) => ({ kind: c.kind, members: c.members.map((m) => ({ path: pathOf.get(m.doc) ?? m.doc, start: m.start, end: m.end })) }));
}

/** Runs `node <cli> align --json <dir>` and reads its clusters. */
export function runEngineCli(tool: string, cli: string, dir: string, timeoutMs: number): ToolRun & { json?: AlignJson } {
  const r = runTimed(process.execPath, [cli, 'align', '--json', dir], { timeoutMs });
  try {
    if (r.timedOut) return { tool, ran: false, seconds: r.wallSeconds, note: `stopped after ${timeoutMs / 1000} s` };
    if (r.status !== 0) return { tool, ran: false, seconds: r.wallSeconds, note: `exit ${r.status}: ${r.stderr.trim().split('\n').slice(0, 3).join(' | ').slice(0, 300)}` };
    const json = JSON.parse(readFileSync(r.stdoutFile, 'utf8')) as AlignJson;
    return {
      tool, ran: true, seconds: r.wallSeconds, peakRssMiB: r.peakRssMiB, groups: groupsFromAlignJson(json, dir), json,
      extra: { cli, clusters: json.clusters.length },
    };
  } finally {
    rmSync(dirname(r.stdoutFile), { recursive: true, force: true });
  }
}

/** Every `.txt` file under `dir`, relative to it, sorted. */
export function articleFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
}

export function runSimTextTool(dir: string, timeoutMs = 1_800_000): ToolRun {
  const r = runSimText(dir, articleFiles(dir), { timeoutMs });
  if (!r.available || !r.groups) return { tool: 'sim_text', ran: false, seconds: r.wallSeconds, note: r.message };
  return { tool: 'sim_text', ran: true, pairwise: true, seconds: r.wallSeconds, peakRssMiB: r.peakRssMiB, groups: r.groups, extra: { runs: r.runs, narrowed: r.narrowed } };
}

export function runNaiveTool(dir: string, capSeconds: number): ToolRun {
  const w = runWorker<NaiveWorkerResult>(join(ROOT, 'bench/peers/naiveWorker.ts'), [dir, String(capSeconds)], (capSeconds + 600) * 1000);
  if (!w.ok || !w.result) return { tool: 'naive', ran: false, note: w.message };
  const r = w.result;
  return {
    tool: r.capped ? 'naive (capped)' : 'naive',
    ran: true,
    pairwise: true,
    seconds: r.wallSeconds,
    peakRssMiB: r.peakRssMiB,
    groups: r.groups,
    note: r.capped ? `capped at ${capSeconds} s after ${r.pairsCompared} of ${r.pairsTotal} sentence pairs; all would take about ${Math.round(r.projectedSeconds)} s` : undefined,
    extra: { sentences: r.sentences, pairsTotal: r.pairsTotal, pairsCompared: r.pairsCompared, projectedSeconds: r.projectedSeconds },
  };
}
