/**
 * Runs an external command under GNU time (`/usr/bin/time -v`, Debian package `time`) and
 * reports its wall time and peak resident memory, with its standard output sent to a file.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TimedRun {
  readonly status: number | null;
  readonly timedOut: boolean;
  readonly wallSeconds: number;
  /** Peak resident set size in MiB (from GNU time), or null when it was not measured. */
  readonly peakRssMiB: number | null;
  readonly stdoutFile: string;
  readonly stderr: string;
}

export const GNU_TIME = '/usr/bin/time';

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export function runTimed(
  command: string,
  args: readonly string[],
  options: { cwd?: string; input?: string; timeoutMs?: number } = {},
): TimedRun {
  const work = mkdtempSync(join(tmpdir(), 'timed-'));
  const stdoutFile = join(work, 'stdout');
  const statsFile = join(work, 'time');
  const out = openSync(stdoutFile, 'w');
  const useTime = hasGnuTime();
  const t0 = performance.now();
  const res = spawnSync(useTime ? GNU_TIME : command, useTime ? ['-v', '-o', statsFile, command, ...args] : [...args], {
    cwd: options.cwd,
    input: options.input,
    stdio: ['pipe', out, 'pipe'],
    timeout: options.timeoutMs,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const wall = (performance.now() - t0) / 1000;
  closeSync(out);
  let peakRssMiB: number | null = null;
  let wallSeconds = wall;
  if (useTime && existsSync(statsFile)) {
    const stats = readFileSync(statsFile, 'utf8');
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stats);
    if (rss) peakRssMiB = Number(rss[1]) / 1024;
    const el = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(stats);
    if (el) wallSeconds = el[1].split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  }
  const timedOut = (res.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || res.signal === 'SIGKILL';
  return { status: res.status, timedOut, wallSeconds, peakRssMiB, stdoutFile, stderr: res.stderr ?? '' };
}
