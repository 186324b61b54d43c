/**
 * Peer (a): Dick Grune's similarity tester, `sim_text` (Debian package `similarity-tester`),
 * run over a generated corpus and scored like any other detector.
 *
 * Flags: `-r8` minimum run of 8 words (its default, matching our minimum passage), `-s` so a
 * file is not compared with itself (otherwise repeats inside one article can claim the text
 * and hide its cross-article matches), `-n` to print run headers only, `-w` wide enough that
 * long file names are not cut, `-i` to read the file names from standard input. By default
 * sim_text compares each file with the files after it, reporting each stretch of text once
 * against its longest later match: a passage reprinted in five articles yields a chain
 * rather than every pair, as its manual explains.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runTimed } from './timed';
import { parseSimTextRuns, simRunsToGroups } from './simTextOutput';
import type { DetectedGroup } from '../truth/detections';

export const SIM_TEXT = '/usr/bin/sim_text';

export interface SimTextResult {
  readonly available: boolean;
  readonly message?: string;
  readonly wallSeconds?: number;
  readonly peakRssMiB?: number | null;
  readonly timedOut?: boolean;
  readonly runs?: number;
  /** Runs placed on exact words (the others keep their whole line ranges). */
  readonly narrowed?: number;
  readonly groups?: DetectedGroup[];
}

export function simTextAvailable(): boolean {
  return existsSync(SIM_TEXT);
}

/**
 * `each`: add `-e`, comparing every file with every other file separately, which reports every
 * pair that shares a run (not a chain) but takes time quadratic in the number of files.
 */
export function runSimText(
  articlesDir: string,
  paths: readonly string[],
  options: { each?: boolean; timeoutMs?: number } = {},
): SimTextResult {
  if (!simTextAvailable()) return { available: false, message: 'sim_text not installed (apt-get install -y similarity-tester)' };
  const timeoutMs = options.timeoutMs ?? 1_800_000;
  const flags = [...(options.each ? ['-e'] : []), '-s', '-r8', '-n', '-w', '1000', '-i'];
  const run = runTimed(SIM_TEXT, flags, {
    cwd: articlesDir,
    input: `${paths.join('\n')}\n`,
    timeoutMs,
  });
  const output = readFileSync(run.stdoutFile, 'utf8');
  rmSync(dirname(run.stdoutFile), { recursive: true, force: true });
  if (run.timedOut) return { available: true, timedOut: true, wallSeconds: run.wallSeconds, peakRssMiB: run.peakRssMiB, message: `stopped after ${timeoutMs / 1000} s` };
  if (run.status !== 0) return { available: true, message: `sim_text exited ${run.status}: ${run.stderr.slice(0, 300)}` };
  const runs = parseSimTextRuns(output);
  const cache = new Map<string, string>();
  const text = (p: string) => {
    let t = cache.get(p);
    if (t === undefined) cache.set(p, (t = readFileSync(join(articlesDir, p), 'utf8')));
    return t;
  };
  const { groups, narrowed } = simRunsToGroups(runs, text);
  return { available: true, wallSeconds: run.wallSeconds, peakRssMiB: run.peakRssMiB, timedOut: false, runs: runs.length, narrowed, groups };
}
