// Runs the Playwright-driven UI tests in test/ui/**/*.test.ts.
//
// A UI test file exports `run(ctx)` and, optionally, `options`:
//
//   import type { UiContext, UiTestOptions } from '../harness';
//   export const options: UiTestOptions = { openFile: 'examples/kazakhstan-2022/000_98a9a7d346d8e616.txt' };
//   export async function run(ctx: UiContext) {
//     await ctx.runCommand('Reprint Lens: Align Articles');
//     ctx.assert.match(await ctx.hover('Tokayev'), /quoted in/);
//     await ctx.screenshot('after-hover');
//   }
//
// Each file gets its own VS Code server and browser context, with the extension under
// development loaded and the workspace trusted (unless options.trust says otherwise). A file passes
// when run() resolves; a failure also saves test-results/<file>-failure.png.
//
// The extension comes either from a folder loaded as under development (the default), or from
// a .vsix installed into each server's own fresh extensions dir, as a new user gets it
// (`scripts/test-vscode.mjs --vsix`). Tests must not tell the two apart: open files through
// options.openFile / the workbench, never through the extension's folder. Screenshots of a
// .vsix run are named test-results/vsix-<file>-<name>.png, so both sets can be compared.
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser, openWorkbench } from './browser';
import { exampleDir, repoRoot } from './paths';
import type { Outcome } from './results';
import { screenshot } from './screenshot';
import { startServer, type VsCodeServer } from './server';
import { answerTrustPrompt, hoverText, revealText, runCommand, webviewFrame } from './workbench';

export interface UiTestOptions {
  /** Workspace folder, absolute or relative to the repo; the example corpus by default. */
  folder?: string;
  /** File to open at start-up, absolute or relative to the repo. */
  openFile?: string;
  /**
   * true (default): workspace trust switched off, so the folder is trusted and no prompt shows;
   * false: Restricted Mode, chosen in the trust prompt; null: prompt left for run() (ctx.trust).
   */
  trust?: boolean | null;
  /** Settings written to the server's machine settings before it starts, e.g. { 'editor.wordWrap': 'on' }. */
  machineSettings?: Record<string, unknown>;
  /** Time limit for run(), default 120 s. */
  timeoutMs?: number;
}

export interface UiContext {
  /** The workbench page, `.monaco-workbench` already on screen. */
  page: Page;
  server: VsCodeServer;
  repoRoot: string;
  exampleDir: string;
  /** Runs a command by its title through the command palette. */
  runCommand(title: string): Promise<void>;
  /** Scrolls the active editor to the first match of `text`. */
  revealText(text: string): Promise<void>;
  /** Hovers the first visible occurrence of `phrase` in an editor; returns the hover's text. */
  hover(phrase: string): Promise<string>;
  /** The innermost webview frame (the extension's HTML), optionally one containing `selector`. */
  webview(selector?: string): Promise<Frame>;
  /** Answers the workspace-trust prompt if it comes within timeoutMs; returns whether it came. */
  trust(answer: boolean, timeoutMs?: number): Promise<boolean>;
  /** Saves test-results/<file>-<name>.png (vsix-<file>-<name>.png in a .vsix run) and returns its path. */
  screenshot(name: string): Promise<string>;
  assert: typeof assert;
  log(...args: unknown[]): void;
}

export type UiTestModule = { run(ctx: UiContext): Promise<void>; options?: UiTestOptions };

/** A folder loaded as the extension under development, or a packaged .vsix to install. */
export type ExtensionSource = string | { vsix: string };

export const uiTestDir = path.join(repoRoot, 'test', 'ui');

export function findUiTests(dir = uiTestDir): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts')).sort().map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

export async function runUiTests(files: string[], extension: ExtensionSource, verbose = false): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const browser = await launchBrowser();
  try {
    for (const file of files) {
      const title = path.relative(repoRoot, file);
      const started = Date.now();
      try {
        await runOne(browser, file, extension, verbose);
        outcomes.push({ title, state: 'passed', durationMs: Date.now() - started });
      } catch (e) {
        outcomes.push({ title, state: 'failed', durationMs: Date.now() - started, error: (e as Error).stack ?? String(e) });
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  return outcomes;
}

async function runOne(browser: Browser, file: string, extension: ExtensionSource, verbose: boolean): Promise<void> {
  // Under tsx a .ts file may load as CommonJS, its exports then under `default`.
  const loaded = await import(pathToFileURL(file).href);
  const mod = ('run' in loaded ? loaded : loaded.default ?? {}) as Partial<UiTestModule>;
  if (typeof mod.run !== 'function') throw new Error(`${file} does not export run(ctx)`);
  const options = mod.options ?? {};
  const fromRepo = (p: string | undefined) => (p === undefined ? undefined : path.resolve(repoRoot, p));
  const vsix = typeof extension === 'string' ? undefined : extension.vsix;
  const prefix = (vsix ? 'vsix-' : '') + path.basename(file, '.test.ts');

  const trust = options.trust === undefined ? true : options.trust;
  const server = await startServer({
    machineSettings: options.machineSettings, verbose, disableWorkspaceTrust: trust === true,
    installVsix: vsix ? [vsix] : undefined,
  });
  let page: Page | undefined;
  try {
    page = await openWorkbench(browser, server, {
      folder: fromRepo(options.folder) ?? exampleDir,
      openFile: fromRepo(options.openFile),
      extensionDevelopmentPath: typeof extension === 'string' ? extension : undefined,
    });
    if (trust === false && !(await answerTrustPrompt(page, false))) throw new Error('the workspace-trust prompt did not come');
    const p = page;
    const ctx: UiContext = {
      page: p, server, repoRoot, exampleDir,
      runCommand: (t) => runCommand(p, t),
      revealText: (t) => revealText(p, t),
      hover: (phrase) => hoverText(p, phrase),
      webview: (selector) => webviewFrame(p, selector),
      trust: (answer, timeoutMs) => answerTrustPrompt(p, answer, timeoutMs),
      screenshot: (name) => screenshot(p, `${prefix}-${name}`),
      assert,
      log: (...args) => console.log(`    [${prefix}]`, ...args),
    };
    await withTimeout(mod.run(ctx), options.timeoutMs ?? 120_000);
  } catch (e) {
    if (page) await screenshot(page, `${prefix}-failure`).catch(() => undefined);
    throw e;
  } finally {
    await page?.context().close().catch(() => undefined);
    await server.stop();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
