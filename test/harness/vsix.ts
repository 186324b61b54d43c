// Packages the extension as a .vsix with @vscode/vsce, the same command `npm run package` runs,
// so the tests and the sandbox use what a user would download. Build (scripts/build.mjs) first:
// the package holds dist/ as it is.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './paths';

export interface PackagedVsix {
  /** The .vsix file, in a temporary folder of its own. */
  file: string;
  /** `publisher.name-version`, the folder name the install gives the extension. */
  id: string;
  /** Deletes the temporary folder. */
  remove(): void;
}

export async function packageVsix(extensionDir = repoRoot): Promise<PackagedVsix> {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
  for (const f of [manifest.main, manifest.browser].filter(Boolean)) {
    if (!existsSync(path.join(extensionDir, f))) throw new Error(`${f} is missing; build the extension first`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reprint-lens-vsix-'));
  const file = path.join(dir, `${manifest.name}-${manifest.version}.vsix`);
  const vsce = path.join(path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('@vscode/vsce/package.json')), 'vsce');
  const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', file];
  const child = spawn(process.execPath, args, { cwd: extensionDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { output += c.toString(); });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  if (code !== 0 || !existsSync(file)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`vsce package failed (exit ${code})\n${output.trim()}`);
  }
  return {
    file,
    id: `${manifest.publisher}.${manifest.name}-${manifest.version}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
