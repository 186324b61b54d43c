// Opens the VS Code workbench served by the VS Code server in Debian's Chromium.
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath, exampleDir } from './paths';
import type { VsCodeServer } from './server';

/** Flags that keep Chromium from reaching for the network, which this machine does not have. */
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export interface WorkbenchOptions {
  /** Folder to open; the example corpus when left out. */
  folder?: string;
  /** Load this folder as the extension under development (like F5 in VS Code). */
  extensionDevelopmentPath?: string;
  /** Run this compiled module's `run()` in the extension host (extension tests). */
  extensionTestsPath?: string;
  /** Open this file in an editor at start-up. */
  openFile?: string;
  viewport?: { width: number; height: number };
}

/** A path on the server machine as the workbench names it. */
export function remoteUri(server: VsCodeServer, absPath: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${encodeURI(absPath)}`;
}

/**
 * The workbench address. The server ignores its own --extensionDevelopmentPath and
 * --extensionTestsPath flags; the `payload` query is how the web workbench takes them.
 */
export function workbenchUrl(server: VsCodeServer, options: WorkbenchOptions = {}): string {
  const payload: [string, string][] = [];
  if (options.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(server, options.extensionDevelopmentPath)]);
  if (options.extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(server, options.extensionTestsPath)]);
  if (options.openFile) payload.push(['openFile', remoteUri(server, options.openFile)]);
  let url = `${server.origin}/?folder=${encodeURIComponent(options.folder ?? exampleDir)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** A fresh browser context (no saved state) showing the workbench, once `.monaco-workbench` is there. */
export async function openWorkbench(browser: Browser, server: VsCodeServer, options: WorkbenchOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(workbenchUrl(server, options));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return page;
}
