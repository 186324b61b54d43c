// Bundles the CLI, the extension and the webview script with esbuild.
// The CLI bundle is built without `external: ['vscode']`, so an accidental `vscode` import
// in the core or the CLI fails the build instead of failing at run time.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };
const targets = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20',
    banner: { js: '#!/usr/bin/env node' } },
  // The engine thread of the CLI (reading, aligning, output), started by dist/cli.js.
  { entryPoints: ['src/cli/engineWorker.ts'], outfile: 'dist/engineWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: ['src/cli/alignWorker.ts'], outfile: 'dist/alignWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  // compare and pan, which need wink-nlp's model; dist/cli.js loads this only for them.
  { entryPoints: ['src/cli/sentenceCommands.ts'], outfile: 'dist/cliSentences.js', platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode'] },
  { entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/main.js', platform: 'browser', format: 'iife',
    target: 'es2022' },
].filter((t) => existsSync(t.entryPoints[0]));

for (const t of targets) {
  if (watch) {
    const ctx = await esbuild.context({ ...common, ...t });
    await ctx.watch();
  } else {
    await esbuild.build({ ...common, ...t });
  }
}
