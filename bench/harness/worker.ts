/**
 * Running one detector in a child process of its own, so its time and peak memory are its
 * own and not the benchmark's. The child writes a JSON result file; the parent reads it.
 * Peak memory is the child's `maxRSS` (whole process: Node itself, the articles, the run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WorkerOutcome<T> {
  readonly ok: boolean;
  readonly result?: T;
  readonly message?: string;
  readonly timedOut?: boolean;
}

export function runWorker<T>(script: string, args: readonly string[], timeoutMs: number): WorkerOutcome<T> {
  const work = mkdtempSync(join(tmpdir(), 'bench-worker-'));
  const outFile = join(work, 'result.json');
  const res = spawnSync(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', script, outFile, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 << 20,
  });
  try {
    if (existsSync(outFile)) return { ok: true, result: JSON.parse(readFileSync(outFile, 'utf8')) as T };
    const timedOut = (res.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || res.signal === 'SIGKILL';
    // The error's own line (e.g. "RangeError: …") and the first frames say the most.
    const lines = (res.stderr || '').trim().split('\n');
    const at = lines.findIndex((l) => /^\w*(Error|Exception)\b/.test(l.trim()));
    const excerpt = (at >= 0 ? lines.slice(at, at + 4) : lines.slice(-5)).map((l) => l.trim()).join(' | ');
    const why = timedOut ? `stopped after ${timeoutMs / 1000} s` : `exit ${res.status ?? res.signal}: ${excerpt}`;
    return { ok: false, timedOut, message: why };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Peak resident memory of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Current resident memory of this process, in MiB. */
export function rssMiB(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}
