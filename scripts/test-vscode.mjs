#!/usr/bin/env node
// Runs the tests that need a real VS Code (1.100.3, the server inside code-server, shown in
// Debian's Chromium). See test/harness/ for the pieces.
//
//   node scripts/test-vscode.mjs            Mocha suites test/integration/suite/**/*.test.ts,
//                                           inside the extension host
//   node scripts/test-vscode.mjs --ui       Playwright UI tests test/ui/**/*.test.ts
//   node scripts/test-vscode.mjs --ui FILE… only these UI test files
//   node scripts/test-vscode.mjs --vsix     the UI tests against the packaged extension: builds,
//                                           packages the .vsix with vsce, installs it with the
//                                           server's --install-extension into a fresh extensions
//                                           dir for each test file (no development path at all)
//   node scripts/test-vscode.mjs --vsix-file X.vsix   the same with a .vsix made elsewhere
//
// Options: --grep <pattern>  only Mocha tests whose full title matches (integration mode)
//          --extension <dir> load this folder as the extension instead of the repo (and skip
//                            `node scripts/build.mjs`)
//          --no-install      do not run scripts/install-code-server.sh first
//          --verbose         echo the VS Code server's output
//          --timeout <s>     give up on the integration run after this long (default 300)
// Prints one line per test and last `N passed, N failed`; exits 1 on any failure, on a
// missing or unreadable result, and when no test ran.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import 'tsx'; // TypeScript loader (ESM and CommonJS hooks), so the .ts harness can be imported

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ui: { type: 'boolean', default: false },
    vsix: { type: 'boolean', default: false },
    'vsix-file': { type: 'string' },
    grep: { type: 'string' },
    extension: { type: 'string' },
    'no-install': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
  },
});

// On Ctrl+C or a kill, exit normally so the harness's exit hook ends the server's process group.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function step(title, command, commandArgs) {
  console.log(`> ${title}`);
  const r = spawnSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const vsixMode = args.vsix || args['vsix-file'] !== undefined;
if (vsixMode && args.extension) {
  console.error('--vsix / --vsix-file and --extension do not go together');
  process.exit(2);
}
if (!args['no-install']) step('install VS Code server and Chromium', 'bash', ['scripts/install-code-server.sh']);
if (!args.extension && !args['vsix-file']) step('build extension', process.execPath, ['scripts/build.mjs']);
const extensionPath = path.resolve(args.extension ?? repoRoot);


// The repo's package.json has no "type": "module", so tsx loads the .ts files as CommonJS and
// the exports arrive under `default`; take whichever shape came.
const loaded = await import('../test/harness/index.ts');
const harness = 'report' in loaded ? loaded : loaded.default;

const mode = vsixMode ? 'UI tests (installed .vsix)' : args.ui ? 'UI tests' : 'integration tests';
const started = Date.now();
let outcomes;
let packaged;
process.on('exit', () => packaged?.remove()); // also after Ctrl+C
try {
  if (vsixMode) {
    let vsix = args['vsix-file'] && path.resolve(args['vsix-file']);
    if (!vsix) {
      console.log('> package .vsix (vsce package --no-dependencies)');
      packaged = await harness.packageVsix(repoRoot);
      vsix = packaged.file;
    }
    const files = positionals.length ? positionals.map((f) => path.resolve(f)) : harness.findUiTests();
    console.log(`> ${mode}: ${files.length} file(s), extension installed from ${vsix}`);
    outcomes = await harness.runUiTests(files, { vsix }, args.verbose);
  } else if (args.ui) {
    const files = positionals.length ? positionals.map((f) => path.resolve(f)) : harness.findUiTests();
    console.log(`> ${mode}: ${files.length} file(s)`);
    outcomes = await harness.runUiTests(files, extensionPath, args.verbose);
  } else {
    console.log(`> ${mode} in the extension host (extension: ${extensionPath})`);
    outcomes = await harness.runIntegrationTests({
      extensionPath, grep: args.grep, verbose: args.verbose, timeoutMs: (Number(args.timeout) || 300) * 1000,
    });
  }
} catch (e) {
  // The run itself broke (no result file, server did not start...): report it as one failure.
  outcomes = [{ title: `${mode} run`, state: 'failed', error: e instanceof Error ? e.message : String(e) }];
}
console.log(`> ${mode} finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(harness.report(outcomes));
