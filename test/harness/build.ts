// Bundles the extension-test entry and each suite file with esbuild, `vscode` left external
// (the extension host provides it). Each run builds into its own folder,
// out/test/integration/run-<pid>/ (mirroring test/integration/), so two runs in one work tree
// do not delete each other's files; folders of runs that are gone are removed here.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';

const srcDir = path.join(repoRoot, 'test', 'integration');
const outRoot = path.join(repoRoot, 'out', 'test', 'integration');

export interface IntegrationBuild {
  /** The compiled test entry, to pass as extensionTestsPath. */
  entry: string;
  /** Deletes this run's output. */
  remove(): void;
}

export async function buildIntegrationTests(): Promise<IntegrationBuild> {
  removeLeftovers();
  const outDir = path.join(outRoot, `run-${process.pid}`);
  const suites = readdirSync(path.join(srcDir, 'suite'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(srcDir, 'suite', f));
  await esbuild.build({
    entryPoints: [path.join(srcDir, 'index.ts'), ...suites],
    outbase: srcDir,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // Mocha's parallel mode resolves worker files at run time; it is not used here.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return {
    entry: path.join(outDir, 'index.js'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

/** Removes out/test/integration/* except the folders of runs whose process is still alive. */
function removeLeftovers(): void {
  let names: string[] = [];
  try { names = readdirSync(outRoot); } catch { return; }
  for (const name of names) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (pid && isAlive(pid)) continue;
    rmSync(path.join(outRoot, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}
