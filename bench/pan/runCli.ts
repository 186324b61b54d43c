/**
 * Runs Reprint Lens's CLI `pan` command on PAN pairs and scores what it writes:
 * `node dist/cli.js pan <pairs> <src-dir> <susp-dir> <out-dir>`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluatePan, readDetections, type PanEvaluation } from './evaluate';
import { pairsFileText } from './selection';
import type { PanPair } from './corpus';

export interface PanCliRun {
  readonly ok: boolean;
  readonly message?: string;
  readonly seconds?: number;
  readonly evaluation?: PanEvaluation;
  readonly outDir?: string;
}

export function runPanCli(cliPath: string, corpusDir: string, pairs: readonly PanPair[], timeoutMs = 3_600_000): PanCliRun {
  if (!existsSync(cliPath)) return { ok: false, message: `${cliPath} not built (npm run build)` };
  const work = mkdtempSync(join(tmpdir(), 'pan-cli-'));
  const pairsFile = join(work, 'pairs');
  const outDir = join(work, 'out');
  writeFileSync(pairsFile, pairsFileText(pairs));
  const t0 = performance.now();
  const res = spawnSync(
    process.execPath,
    [cliPath, 'pan', pairsFile, join(corpusDir, 'src'), join(corpusDir, 'susp'), outDir],
    { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 },
  );
  const seconds = (performance.now() - t0) / 1000;
  const why = res.error ? String(res.error) : `exit ${res.status}: ${(res.stderr || '').trim().split('\n').slice(0, 5).join(' | ')}`;
  if (!existsSync(outDir)) return { ok: false, message: `CLI pan wrote no output directory (${why})`, seconds, outDir };
  // A non-zero exit with output written means some pairs failed (e.g. an unreadable file):
  // those pairs have no detections and are scored as such; the message says why.
  const message = res.status === 0 ? undefined : `CLI pan reported errors (${why}); pairs without output count as undetected`;
  return { ok: true, message, seconds, evaluation: evaluatePan(corpusDir, pairs, readDetections(outDir)), outDir };
}
