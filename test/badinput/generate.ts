// Writes the bad-input cases (cases/) as folders. The suite's test generates them into a
// temporary folder each run, so nothing large or strange (a 20 MB file, 10,000 files, names
// with newlines, links that loop, files no one may read) is ever committed. To look at the
// cases or run another tool over them:
//
//   node --import tsx test/badinput/generate.ts <out-dir> [name-filter]
//
// writes every case (or those whose name contains name-filter) and <out-dir>/manifest.json,
// which lists each case with its inputs, options and expected outcome.
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { CASES } from './cases/index';
import type { Case } from './model';

/** Longest path written in one call; deeper ones are made step by step from inside (see writeDeep). */
const LONG_PATH = 3000;

/** Writes one case under `root`; returns its folder. */
export function writeCase(root: string, c: Case): string {
  const dir = join(root, c.name);
  mkdirSync(dir);
  for (const f of c.files) {
    const bytes = typeof f.bytes === 'function' ? f.bytes() : f.bytes;
    const path = join(dir, f.path);
    if (path.length > LONG_PATH) writeDeep(dir, f.path, bytes);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
  }
  const locked: [string, number][] = [];
  for (const s of c.specials ?? []) {
    const path = join(dir, s.path);
    if (s.kind === 'symlink') symlinkSync(s.target, path);
    else if (s.kind === 'fifo') {
      const r = spawnSync('mkfifo', [path]);
      if (r.status !== 0) throw new Error(`mkfifo ${path} failed`);
    } else if (s.kind === 'dir') {
      mkdirSync(path, { recursive: true });
      if (s.mode !== undefined) locked.push([path, s.mode]);
    } else writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(s.path, 'latin1')]), s.bytes);
  }
  for (const f of c.files) if (f.mode !== undefined) locked.push([join(dir, f.path), f.mode]);
  // Modes last: a locked folder could not be written into.
  for (const [path, mode] of locked) chmodSync(path, mode);
  return dir;
}

/**
 * Writes a file whose path is longer than the system allows in one call, by changing into
 * each folder in turn (the process's working folder is restored afterwards).
 */
function writeDeep(dir: string, rel: string, bytes: Uint8Array): void {
  const back = process.cwd();
  try {
    process.chdir(dir);
    const parts = rel.split('/');
    for (const part of parts.slice(0, -1)) {
      mkdirSync(part, { recursive: true });
      process.chdir(part);
    }
    writeFileSync(parts[parts.length - 1], bytes);
  } finally {
    process.chdir(back);
  }
}

/** What manifest.json says of a case: everything but the bytes. */
function described(c: Case) {
  return { name: c.name, about: c.about, inputs: c.inputs ?? ['.'], options: c.options ?? [], expect: c.expect, big: c.big ?? false, unprivileged: c.unprivileged ?? false };
}

/** Writes the cases (all, or those named) into `root` with a manifest; returns the cases written. */
export function writeSuite(root: string, cases: readonly Case[] = CASES): readonly Case[] {
  mkdirSync(root, { recursive: true });
  // Readable by the unprivileged user some cases run as.
  chmodSync(root, 0o755);
  for (const c of cases) writeCase(root, c);
  writeFileSync(join(root, 'manifest.json'), JSON.stringify(cases.map(described), null, 2) + '\n');
  return cases;
}

/** A fresh temporary folder for the suite. */
export function suiteRoot(base: string): string {
  return mkdtempSync(join(base, 'reprint-lens-badinput-'));
}

if (require.main === module) {
  const [out, filter] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: node --import tsx test/badinput/generate.ts <out-dir> [name-filter]\n');
    process.exit(2);
  }
  const written = writeSuite(resolve(out), CASES.filter((c) => !filter || c.name.includes(filter)));
  process.stdout.write(`${written.length} cases written to ${resolve(out)}\n`);
}
