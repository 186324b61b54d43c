// Runs the Mocha suites inside the real extension host: builds them, starts the server with the
// result-file path in its environment, opens the workbench with the test payload, and waits
// until the result file appears (or the extension host exits without one).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, openWorkbench } from './browser';
import { buildIntegrationTests } from './build';
import { exampleDir, GREP_ENV, RESULT_FILE_ENV } from './paths';
import { readMochaJson, type Outcome } from './results';
import { screenshot } from './screenshot';
import { startServer, type VsCodeServer } from './server';

export interface IntegrationOptions {
  /** Folder loaded as the extension under development. */
  extensionPath: string;
  /** Workspace folder; the example corpus when left out. */
  folder?: string;
  /** Mocha grep pattern. */
  grep?: string;
  timeoutMs?: number;
  verbose?: boolean;
}

export async function runIntegrationTests(options: IntegrationOptions): Promise<Outcome[]> {
  const build = await buildIntegrationTests();
  const resultDir = mkdtempSync(path.join(os.tmpdir(), 'reprint-lens-results-'));
  const resultFile = path.join(resultDir, 'mocha.json');
  const env: Record<string, string> = { [RESULT_FILE_ENV]: resultFile };
  if (options.grep) env[GREP_ENV] = options.grep;
  try {
    // In extension-test mode the trust prompt is refused by itself, which would leave the suites
    // in Restricted Mode; a user of the extension trusts the folder, so the suites run trusted.
    const server = await startServer({ env, verbose: options.verbose, disableWorkspaceTrust: true });
    try {
      await waitForResults(server, build.entry, resultFile, options);
    } finally {
      await server.stop();
    }
    return readMochaJson(resultFile);
  } finally {
    rmSync(resultDir, { recursive: true, force: true });
    build.remove();
  }
}

/** Opens the workbench with the test payload and waits for the result file. */
async function waitForResults(server: VsCodeServer, entry: string, resultFile: string, options: IntegrationOptions): Promise<void> {
  const browser = await launchBrowser();
  const consoleErrors: string[] = [];
  try {
    const page = await openWorkbench(browser, server, {
      folder: options.folder ?? exampleDir,
      extensionDevelopmentPath: options.extensionPath,
      extensionTestsPath: entry,
    });
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    const timeoutMs = options.timeoutMs ?? 300_000;
    const deadline = Date.now() + timeoutMs;
    let hostExitedAt: number | undefined;
    while (!existsSync(resultFile)) {
      if (Date.now() > deadline) throw new Error(`no test results after ${timeoutMs} ms`);
      // Once the extension host is gone no results can come; allow a moment for the file.
      if (hostExitedAt === undefined && /Extension Host Process exited/.test(server.log())) hostExitedAt = Date.now();
      if (hostExitedAt !== undefined && Date.now() - hostExitedAt > 3000) {
        throw new Error('the extension host exited without writing test results');
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await screenshot(page, 'integration-workbench').catch(() => undefined);
  } catch (e) {
    const tail = server.log().split('\n').slice(-40).join('\n');
    const errors = consoleErrors.slice(-20).join('\n');
    throw new Error(`${(e as Error).message}\n--- server output (last lines) ---\n${tail}` +
      (errors ? `\n--- browser console errors ---\n${errors}` : ''));
  } finally {
    await browser.close().catch(() => undefined);
  }
}
