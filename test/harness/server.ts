// Starts the VS Code 1.100.3 server (from code-server) on loopback and stops it again.
// Environment variables given here reach the extension host, which is how the runner tells the
// test entry where to write its results.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverMain } from './paths';

export interface ServerOptions {
  /** Extra environment for the server and so for the extension host. */
  env?: Record<string, string>;
  /** Where installed extensions live; a fresh folder inside the data dir when left out. */
  extensionsDir?: string;
  /**
   * .vsix files installed into the extensions dir (with the server's own --install-extension,
   * as a user would) before the server starts.
   */
  installVsix?: string[];
  /** Listen on this port (127.0.0.1 only); a free one when left out. */
  port?: number;
  /** Settings written to <data>/data/Machine/settings.json before start. */
  machineSettings?: Record<string, unknown>;
  /** Start with workspace trust switched off: every folder is trusted and no prompt shows. */
  disableWorkspaceTrust?: boolean;
  /** Echo the server's output to this process's stderr. */
  verbose?: boolean;
}

export interface VsCodeServer {
  port: number;
  origin: string;
  dataDir: string;
  extensionsDir: string;
  /** Everything the server printed so far. */
  log(): string;
  /** Resolves when the server process has exited (by stop() or by itself), with its exit code. */
  exited: Promise<number | null>;
  /** Resolves once the server printed `text` (or rejects after timeoutMs). */
  waitForLog(text: string | RegExp, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** Settings that keep a test window quiet; callers' settings go on top. */
export const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};

export async function startServer(options: ServerOptions = {}): Promise<VsCodeServer> {
  if (!existsSync(serverMain)) {
    throw new Error(`VS Code server not found at ${serverMain}; run scripts/install-code-server.sh first`);
  }
  if (options.port !== undefined) await checkPortFree(options.port);
  const port = options.port ?? await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reprint-lens-vscode-'));
  const extensionsDir = options.extensionsDir ?? path.join(dataDir, 'extensions');
  mkdirSync(path.join(dataDir, 'data', 'Machine'), { recursive: true });
  writeFileSync(path.join(dataDir, 'data', 'Machine', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...options.machineSettings }, null, 2));
  try {
    for (const vsix of options.installVsix ?? []) await installVsix(vsix, { dataDir, extensionsDir });
  } catch (e) {
    if (!process.env.REPRINT_LENS_KEEP_SERVER_DATA) rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }

  const child = spawn(process.execPath, [serverMain,
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    '--server-data-dir', dataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    ...(options.disableWorkspaceTrust ? ['--disable-workspace-trust'] : []),
  ], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() can end the extension host and helpers too
  });

  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.verbose) process.stderr.write(chunk);
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killGroup = () => killProcessGroup(child, 'SIGKILL');
  process.once('exit', killGroup); // last resort if the runner dies without stop()

  const server: VsCodeServer = {
    port,
    origin: `http://127.0.0.1:${port}`,
    dataDir,
    extensionsDir,
    log: () => output,
    exited,
    waitForLog(text, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (typeof text === 'string' ? output.includes(text) : text.test(output)) done(resolve);
        };
        const timer = setTimeout(() => done(() => reject(new Error(`server did not print ${text} within ${timeoutMs} ms`))), timeoutMs);
        const done = (fn: () => void) => { clearTimeout(timer); listeners.delete(check); fn(); };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      process.removeListener('exit', killGroup);
      if (child.exitCode === null && child.signalCode === null) {
        killProcessGroup(child, 'SIGTERM');
        const timer = setTimeout(() => killProcessGroup(child, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      killProcessGroup(child, 'SIGKILL'); // stragglers left in the group
      if (!process.env.REPRINT_LENS_KEEP_SERVER_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };

  try {
    await waitUntilAnswering(server.origin, child, 30_000);
  } catch (e) {
    await server.stop();
    throw new Error(`${(e as Error).message}\n--- server output ---\n${output}`);
  }
  return server;
}

function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try { process.kill(-child.pid!, signal); } catch { /* already gone */ }
}

/**
 * Installs a .vsix with the server's --install-extension into extensionsDir, the way a user
 * installs a downloaded extension, and checks that it landed there.
 */
export async function installVsix(vsix: string, dirs: { dataDir: string; extensionsDir: string }): Promise<void> {
  if (!existsSync(vsix)) throw new Error(`no such .vsix: ${vsix}`);
  const child = spawn(process.execPath, [serverMain,
    '--server-data-dir', dirs.dataDir, '--extensions-dir', dirs.extensionsDir,
    '--accept-server-license-terms', '--disable-telemetry', '--install-extension', vsix, '--force',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { output += c.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  const folders = (existsSync(dirs.extensionsDir) ? readdirSync(dirs.extensionsDir) : [])
    .filter((name) => !name.startsWith('.') && name !== 'extensions.json');
  if (code !== 0 || !/successfully installed/i.test(output) || folders.length === 0) {
    throw new Error(`installing ${vsix} failed (exit ${code})\n${output.trim()}`);
  }
}

/** Fails with a clear message when something already listens on 127.0.0.1:port. */
export function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(`cannot listen on 127.0.0.1:${port}: ${e.code === 'EADDRINUSE' ? 'the port is in use' : e.message}`)));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
  });
}

/** Asks the OS for a port that is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(origin + '/', { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`VS Code server did not answer on ${origin} within ${timeoutMs} ms`);
}
