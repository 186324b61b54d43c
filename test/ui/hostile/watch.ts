// Sees any article text that runs as code or loads something, wherever the workbench draws it:
// a loopback HTTP server counts requests to the port the payloads aim at; every dialog
// (alert, confirm, prompt) in the browser context is recorded and dismissed; a sandboxed
// frame's blocked dialog (webviews may not open one, so Chromium logs "Ignored call to
// 'alert()'") is caught from the console; pages a link might open are counted; and every
// frame's document.title and window.pwned (which the payloads set) are read. probe() first
// proves each channel works, by doing once what a payload would do.
import * as http from 'node:http';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { BEACON_PORT } from './corpus';

export class ExecutionWatch {
  readonly dialogs: string[] = [];
  readonly blocked: string[] = [];
  readonly popups: string[] = [];
  private openingOwnPage = false;

  private constructor(
    private readonly server: http.Server,
    readonly requests: string[],
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {
    context.on('dialog', (d) => { this.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss().catch(() => undefined); });
    context.on('console', (m) => { if (/Ignored call to '(alert|confirm|prompt|print)\(\)'|allow-modals/.test(m.text())) this.blocked.push(m.text()); });
    context.on('page', (p) => { if (!this.openingOwnPage) this.popups.push(p.url() || 'a new page'); });
  }

  /** Starts listening on 127.0.0.1:BEACON_PORT and watching the page's browser context. */
  static async start(page: Page): Promise<ExecutionWatch> {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e) => reject(new Error(`cannot listen on 127.0.0.1:${BEACON_PORT} for the payloads' requests: ${e.message}`)));
      server.listen(BEACON_PORT, '127.0.0.1', () => resolve());
    });
    return new ExecutionWatch(server, requests, page.context(), page);
  }

  /** Opens a page of the test's own (not counted as a popup). */
  async newPage(): Promise<Page> {
    this.openingOwnPage = true;
    try {
      return await this.context.newPage();
    } finally {
      this.openingOwnPage = false;
    }
  }

  /**
   * Shows that each channel sees what it should: a dialog in the workbench, a blocked dialog
   * in a webview frame (when one is given), a request from the browser to the loopback port.
   * Clears what the probes left.
   */
  async probe(webview?: Frame): Promise<void> {
    await this.page.evaluate(`setTimeout(() => alert('probe-workbench'), 0)`);
    await this.until(() => this.dialogs.some((d) => d.includes('probe-workbench')), 'a dialog in the workbench to be seen');
    if (webview) {
      await webview.evaluate(`alert('probe-webview')`).catch(() => undefined);
      await this.until(() => this.blocked.length + this.dialogs.length > 1, 'a dialog in the webview to be seen');
    }
    const blank = await this.newPage();
    await blank.evaluate(`fetch('http://127.0.0.1:${BEACON_PORT}/probe', { mode: 'no-cors' }).catch(() => undefined)`);
    await this.until(() => this.requests.includes('GET /probe'), 'a request to the loopback port to be counted');
    await blank.close();
    this.dialogs.length = 0;
    this.blocked.length = 0;
    this.requests.length = 0;
  }

  /** Fails if anything ran or loaded since the start: requests, dialogs, popups, a frame's title or window.pwned. */
  async assertQuiet(where: string): Promise<void> {
    // Give a late request or timer a moment to arrive.
    await this.page.waitForTimeout(300);
    const frames: string[] = [];
    for (const page of this.context.pages()) {
      for (const frame of page.frames()) {
        const seen = (await frame.evaluate(`({ title: document.title, pwned: window.pwned ?? null })`).catch(() => null)) as { title: string; pwned: unknown } | null;
        if (seen && (/pwned/i.test(seen.title) || seen.pwned !== null)) frames.push(`${frame.url().slice(0, 80)}: title ${JSON.stringify(seen.title)}, pwned ${JSON.stringify(seen.pwned)}`);
      }
    }
    const problems = [
      ...this.requests.map((r) => `request to the loopback port: ${r}`),
      ...this.dialogs.map((d) => `dialog: ${d}`),
      ...this.blocked.map((b) => `blocked dialog: ${b}`),
      ...this.popups.map((p) => `page opened: ${p}`),
      ...frames.map((f) => `script ran in ${f}`),
    ];
    if (problems.length) throw new Error(`article text ran or loaded something (${where}):\n  ${problems.join('\n  ')}`);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`the watch is blind: waited in vain for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
