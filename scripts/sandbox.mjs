#!/usr/bin/env node
// Try Reprint Lens in a real VS Code without installing VS Code: the VS Code 1.100.3 server
// (from code-server, installed by scripts/install-code-server.sh) runs on this machine and
// the workbench opens in any browser. The extension is packaged as a .vsix and installed the
// way a user installs it, into a throw-away extensions folder, with the example corpus ready.
//
//   node scripts/sandbox.mjs [--port N] [--folder DIR] [--no-install] [--verbose]
//
//   --port N       listen on 127.0.0.1:N (default: any free port)
//   --folder DIR   the folder the printed address opens (default: examples/kazakhstan-2022)
//   --no-install   do not run scripts/install-code-server.sh first
//   --verbose      echo the VS Code server's output
//
// It prints the address to open and runs until Ctrl+C (or SIGTERM), then stops the server
// and deletes its temporary folders (server data, extensions, the .vsix). It listens on
// 127.0.0.1 only; from another machine, forward the port (ssh -L N:127.0.0.1:N host).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import 'tsx'; // lets this script import the TypeScript harness in test/harness/

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string' },
      folder: { type: 'string' },
      'no-install': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  console.error(`sandbox: ${e.message}`);
  process.exit(2);
}
if (args.help) {
  console.log('usage: node scripts/sandbox.mjs [--port N] [--folder DIR] [--no-install] [--verbose]');
  process.exit(0);
}
const port = args.port === undefined ? undefined : Number(args.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`sandbox: --port wants a port number, got "${args.port}"`);
  process.exit(2);
}

// What is running or on disk, for the cleanup; `startup` settles once the server is up (or not).
let server;
let vsix;
let startup = Promise.resolve();
let stopping = false;
async function stopAll() {
  await startup.catch(() => undefined); // a signal during start-up: let it finish, then undo it
  vsix?.remove();
  if (server) {
    await server.stop();
    console.log(`sandbox: stopped; removed ${server.dataDir}`);
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) {
      // A second Ctrl+C: give up waiting. The harness's exit hook still kills the server.
      console.log('sandbox: stopping now');
      process.exit(130);
    }
    stopping = true;
    console.log(`\nsandbox: ${signal}, stopping...`);
    stopAll().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
  });
}

function step(title, command, commandArgs) {
  console.log(`> ${title}`);
  const r = spawnSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`sandbox: ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

// Under tsx the harness files load as CommonJS, their exports then under `default`.
const load = async (p) => { const m = await import(p); return m.default ?? m; };

const folder = path.resolve(args.folder ?? path.join(repoRoot, 'examples', 'kazakhstan-2022'));
if (!existsSync(folder)) {
  console.error(`sandbox: no such folder: ${folder}`);
  process.exit(2);
}

const { startServer, checkPortFree } = await load('../test/harness/server.ts');
const { packageVsix } = await load('../test/harness/vsix.ts');
const { codeServerDir } = await load('../test/harness/paths.ts');

if (port !== undefined) {
  // Say so now rather than after the build.
  try { await checkPortFree(port); } catch (e) { console.error(`sandbox: ${e.message}`); process.exit(1); }
}

const t0 = Date.now();
if (!args['no-install']) step('install VS Code server and Chromium (once)', 'bash', ['scripts/install-code-server.sh']);
step('build extension', process.execPath, ['scripts/build.mjs']);

console.log('> package .vsix (vsce package --no-dependencies)');
startup = (async () => {
  vsix = await packageVsix(repoRoot);
  if (stopping) return;
  console.log(`> start VS Code server, ${vsix.id} installed from ${path.basename(vsix.file)}`);
  server = await startServer({ port, installVsix: [vsix.file], verbose: args.verbose });
  // The extension now lives in the server's own extensions folder; the .vsix is not needed.
  vsix.remove();
  vsix = undefined;
})();
try {
  await startup;
} catch (e) {
  // After a Ctrl+C from the terminal the helpers (vsce, the install) die of it too; then the
  // signal handler has the last word.
  if (!stopping) {
    console.error(`sandbox: ${e instanceof Error ? e.message : e}`);
    vsix?.remove();
    process.exit(1);
  }
}
// When a Ctrl+C came during start-up, the signal handler is already undoing it; nothing to show.
if (!stopping) await serve();

async function serve() {
  let vscodeVersion = '?';
  try {
    vscodeVersion = JSON.parse(readFileSync(path.join(codeServerDir, 'lib', 'vscode', 'package.json'), 'utf8')).version;
  } catch { /* only for the message */ }

  // Slashes left readable; anything else unusual in the path is escaped.
  const url = `${server.origin}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
  console.log([
    '',
    `Reprint Lens sandbox is running (VS Code ${vscodeVersion} in the browser; ready in ${((Date.now() - t0) / 1000).toFixed(0)} s).`,
    'Open this address in a browser:',
    '',
    `  ${url}`,
    '',
    'Then, for example: open an article, hover a quoted passage, or run "Reprint Lens: Compare',
    'Sources" from the command palette (F1). Everything is thrown away when this stops.',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'));

  const code = await server.exited;
  if (!stopping) {
    // The server went away by itself.
    console.error(`sandbox: the VS Code server exited on its own (code ${code})`);
    console.error(server.log().split('\n').slice(-30).join('\n'));
    await server.stop();
    process.exit(1);
  }
  // Otherwise the signal handler is stopping things and exits when done.
}
