#!/usr/bin/env node
// Runs the integration suites (test/integration/suite/**/*.test.ts) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code from Microsoft (a laptop, an
// online CI). It is the same suite scripts/test-vscode.mjs runs in the VS Code server here, with
// the same build step and the same result file.
//
//   node scripts/test-electron.mjs [options]
//
//   --vscode-version V      which VS Code to download (default 1.100.3, the version the suites
//                           and the server harness expect; `stable` for the newest)
//   --vscode-executable P   use this VS Code (or Electron-based Code) binary, download nothing
//   --grep <pattern>        only Mocha tests whose full title matches
//   --download-timeout <s>  give up on getting VS Code after this long (default 300; the
//                           download also stops after 20 s without data)
//   --timeout <s>           give up on the test run after this long (default 300)
//   --require-download      a failed download is an error (exit 1), not a skip; the same as
//                           REPRINT_LENS_REQUIRE_ELECTRON=1 in the environment
//
// When VS Code cannot be had (no network, as on the machines this project is built on) it
// prints one line, `test:electron skipped: cannot download VS Code here (<reason>)`, and exits
// 0 without any pass/fail count. Otherwise it prints one line per test and last
// `N passed, N failed`, and exits 1 on any failure, on a missing result, and when no test ran.
// On Linux without a display, run it under `xvfb-run -a`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import 'tsx'; // lets this script import the TypeScript harness in test/harness/

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      'vscode-version': { type: 'string', default: '1.100.3' },
      'vscode-executable': { type: 'string' },
      grep: { type: 'string' },
      'download-timeout': { type: 'string', default: '300' },
      timeout: { type: 'string', default: '300' },
      'require-download': { type: 'boolean', default: false },
    },
  }));
} catch (e) {
  console.error(`test:electron: ${e.message}`);
  process.exit(2);
}
const requireDownload = args['require-download'] || process.env.REPRINT_LENS_REQUIRE_ELECTRON === '1';
const seconds = (s, fallback) => (Number(s) > 0 ? Number(s) : fallback) * 1000;

// Under tsx the harness files load as CommonJS, their exports then under `default`.
const load = async (p) => { const m = await import(p); return m.default ?? m; };
const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');

// ---- 1. VS Code itself --------------------------------------------------------------------
let vscodeExecutablePath = args['vscode-executable'] && path.resolve(args['vscode-executable']);
if (!vscodeExecutablePath) {
  const version = args['vscode-version'];
  const cachePath = path.join(repoRoot, '.vscode-test');
  const downloadMs = seconds(args['download-timeout'], 300);
  let lastError; // the library reports the cause here and throws a vaguer error afterwards
  let shownPercent = -1;
  const reporter = {
    report(r) {
      if (r.stage === 'foundMatchingInstall') console.log(`> VS Code ${version}: using ${path.relative(repoRoot, r.downloadedPath)}`);
      else if (r.stage === 'resolvedVersion') console.log(`> VS Code ${r.version}`);
      else if (r.stage === 'downloading' && r.totalBytes > 0) {
        const percent = Math.floor((r.bytesSoFar / r.totalBytes) * 10) * 10;
        if (percent !== shownPercent) console.log(`  downloading ${percent}% of ${(r.totalBytes / 1e6).toFixed(0)} MB`);
        shownPercent = percent;
      } else if (r.stage === 'retrying') {
        lastError = r.error;
        console.log(`  download failed (${firstLine(r.error)}), attempt ${r.attempt} of ${r.totalAttempts}`);
      } else if (r.stage === 'newInstallComplete') console.log(`  installed in ${path.relative(repoRoot, r.downloadedPath)}`);
    },
    error(e) { lastError = e; },
  };
  let timer;
  try {
    vscodeExecutablePath = await Promise.race([
      downloadAndUnzipVSCode({ version, cachePath, reporter, timeout: 20_000 }),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no VS Code after ${downloadMs / 1000} s`)), downloadMs); }),
    ]);
  } catch (e) {
    const reason = [firstLine(e), lastError && firstLine(lastError)].filter((x, i, all) => x && all.indexOf(x) === i).join(': ');
    if (requireDownload) {
      console.error(`test:electron failed: cannot download VS Code ${version} (${reason})`);
      process.exit(1);
    }
    // Deliberately no `N passed, N failed` line: nothing ran, and nothing may count it as passed.
    console.log(`test:electron skipped: cannot download VS Code here (${reason})`);
    process.exit(0); // also ends a download still hanging in the background
  } finally {
    clearTimeout(timer);
  }
}

// ---- 2. Build, the same steps as scripts/test-vscode.mjs ------------------------------------
console.log('> build extension');
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (built.status !== 0) {
  console.error(`build extension failed (exit ${built.status ?? built.signal})`);
  process.exit(1);
}
const { buildIntegrationTests } = await load('../test/harness/build.ts');
const { readMochaJson, report } = await load('../test/harness/results.ts');
const { exampleDir, GREP_ENV, RESULT_FILE_ENV } = await load('../test/harness/paths.ts');
const { quietSettings } = await load('../test/harness/server.ts');
const build = await buildIntegrationTests();

// A short path: VS Code puts its IPC socket in the user-data dir, and socket paths are limited.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rl-electron-'));
const cleanup = () => { rmSync(tmp, { recursive: true, force: true }); build.remove(); };
process.on('exit', cleanup);
const resultFile = path.join(tmp, 'mocha.json');
const userDataDir = path.join(tmp, 'ud');
mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));

// ---- 3. Run ---------------------------------------------------------------------------------
const testEnv = { [RESULT_FILE_ENV]: resultFile };
if (args.grep) testEnv[GREP_ENV] = args.grep;
const runMs = seconds(args.timeout, 300);
console.log(`> integration tests in ${vscodeExecutablePath}`);
const started = Date.now();
let runError;
let timer;
try {
  await Promise.race([
    runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: build.entry,
      extensionTestsEnv: testEnv,
      // The folder first, so VS Code opens it; fresh profile folders, nothing from this machine.
      // (runTests itself adds --disable-workspace-trust, so the suites run trusted as in the harness.)
      launchArgs: [exampleDir, `--user-data-dir=${userDataDir}`, `--extensions-dir=${path.join(tmp, 'ext')}`,
        '--disable-telemetry'],
    }),
    new Promise((_, reject) => {
      timer = setTimeout(() => { killDescendants(); reject(new Error(`no test results after ${runMs / 1000} s`)); }, runMs);
    }),
  ]);
} catch (e) {
  // A failing suite makes VS Code exit with 1, which lands here too; the result file decides.
  runError = e;
} finally {
  clearTimeout(timer);
}
console.log(`> integration tests finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);

let outcomes;
try {
  outcomes = readMochaJson(resultFile);
} catch (e) {
  const hints = [];
  if (runError) hints.push(`the run ended with: ${firstLine(runError)}`);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    hints.push('there is no DISPLAY; run it under `xvfb-run -a`');
  }
  outcomes = [{ title: 'integration tests run (test-electron)', state: 'failed',
    error: [`no test results: ${e.message}`, ...hints].join('\n') }];
}
process.exit(report(outcomes));

function firstLine(e) {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0].trim();
}

/** Kills the processes this one started (VS Code and its helpers), deepest first. */
function killDescendants() {
  let table;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return;
  }
  const children = new Map();
  for (const line of table.trim().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  const order = [];
  const walk = (pid) => { for (const c of children.get(pid) ?? []) { walk(c); order.push(c); } };
  walk(process.pid);
  for (const pid of order) {
    if (pid === process.pid) continue;
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone already */ }
  }
}
