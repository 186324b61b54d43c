/**
 * Peer: the engine as it was at an earlier commit ("today's engine" while the engine is being
 * changed), built from that commit's own sources and run through its own command line.
 *
 * The commit's tree is exported with `git archive` into bench/.cache/engine-<commit>/ (git
 * ignored), the repository's node_modules is linked in, and the commit's own
 * `node scripts/build.mjs` builds its dist/cli.js. A finished build is kept (a marker file
 * names the full commit) and reused by later runs. Whatever fails (no git history, no such
 * commit, a build error) comes back as a reason, never as an exception, so the benchmark
 * reports the peer as not run and goes on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** The commit the "today's engine" figures were measured at. */
export const DEFAULT_PAST_COMMIT = '743703c';

export type PastEngine = { ok: true; cli: string; commit: string; built: boolean } | { ok: false; reason: string };

function run(cmd: string, args: readonly string[], cwd: string): { ok: boolean; out: string; err: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 600_000 });
  return { ok: r.status === 0, out: (r.stdout ?? '').trim(), err: (r.stderr ?? String(r.error ?? '')).trim() };
}

/** Builds (or finds built) the CLI of `commit`; `cacheDir` defaults to bench/.cache. */
export function pastEngineCli(commit = DEFAULT_PAST_COMMIT, cacheDir = join(ROOT, 'bench/.cache')): PastEngine {
  try {
    return build(commit, cacheDir);
  } catch (e) {
    return { ok: false, reason: `building ${commit} failed: ${String((e as Error).message ?? e).split('\n')[0]}` };
  }
}

function build(commit: string, cacheDir: string): PastEngine {
  const rev = run('git', ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], ROOT);
  if (!rev.ok || !rev.out) return { ok: false, reason: `commit ${commit} not found in the git history here (${rev.err || 'no such commit'})` };
  const full = rev.out;
  const dir = join(cacheDir, `engine-${full.slice(0, 12)}`);
  const cli = join(dir, 'dist/cli.js');
  const marker = join(dir, '.built');
  if (existsSync(cli) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === full) return { ok: true, cli, commit: full, built: false };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = join(dir, '.source.tar');
  const archive = run('git', ['archive', '--format=tar', '-o', tar, full], ROOT);
  if (!archive.ok) return { ok: false, reason: `git archive ${commit} failed: ${archive.err.slice(0, 200)}` };
  const untar = run('tar', ['-xf', tar, '-C', dir], ROOT);
  rmSync(tar, { force: true });
  if (!untar.ok) return { ok: false, reason: `unpacking ${commit} failed: ${untar.err.slice(0, 200)}` };
  if (!existsSync(join(ROOT, 'node_modules'))) return { ok: false, reason: 'node_modules not installed (npm install)' };
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (!existsSync(join(dir, 'scripts/build.mjs'))) return { ok: false, reason: `${commit} has no scripts/build.mjs` };
  const build = run(process.execPath, ['scripts/build.mjs'], dir);
  if (!build.ok || !existsSync(cli)) return { ok: false, reason: `building ${commit} failed: ${(build.err || build.out).split('\n').slice(0, 3).join(' | ')}` };
  writeFileSync(marker, `${full}\n`);
  return { ok: true, cli, commit: full, built: true };
}
