// Export Reuse Report… on a folder whose articles carry markup and script (test/fixtures/
// hostile-corpus): the user names the file in the save dialog, the report is written there
// and nowhere else, and opened in Chromium it is styled, runs nothing and shows the article
// text as text. Screenshots in test-results/.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { screenshot, type UiContext, type UiTestOptions } from '../harness';
import { runCommandWhenReady } from './sharedSteps';

const FOLDER = 'test/fixtures/hostile-corpus';

export const options: UiTestOptions = {
  folder: FOLDER,
  openFile: `${FOLDER}/001-wire.txt`,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 180_000,
};

const PAGE_FACTS = `(() => ({
  pwned: window.pwned ?? null,
  active: [...document.querySelectorAll('script, img, iframe, object, embed, form, input, link')].map((e) => e.tagName),
  links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !h.startsWith('#')),
  csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
  styled: getComputedStyle(document.querySelector('.cluster')).borderTopLeftRadius,
  arcs: document.querySelectorAll('svg path.arc').length,
  scriptText: document.body.innerText.includes("<script>window.pwned='quote'</script>"),
  imgText: document.body.innerText.includes('<img src=x onerror="window.pwned=\\'img\\'">'),
  ins: [...document.querySelectorAll('ins')].map((e) => e.textContent),
}))()`;

export async function run(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.monaco-editor .view-line', { hasText: 'Council agrees' }).first().waitFor({ timeout: 30_000 });
  const folder = path.join(ctx.repoRoot, FOLDER);
  const fingerprint = () => readdirSync(folder).sort().map((f) => `${f}:${createHash('sha1').update(readFileSync(path.join(folder, f))).digest('hex')}`).join('\n');
  const before = fingerprint();
  const outDir = mkdtempSync(path.join(tmpdir(), 'reprint-lens-ui-report-'));
  try {
    for (const name of ['reuse-report.html', 'reuse-report.csv']) {
      await runCommandWhenReady(ctx, 'Reprint Lens: Export Reuse Report…');
      // VS Code's own save dialog (in the browser: a path box in the quick input).
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForFunction("document.querySelector('.quick-input-widget input')?.value.endsWith('reprint-lens-report.html')", undefined, { timeout: 10_000 });
      if (name.endsWith('.html')) ctx.log(`screenshot: ${await ctx.screenshot('save-dialog')}`);
      await input.fill(path.join(outDir, name));
      // OK once the dialog has taken in the typed path (it reads the folder as the path changes).
      const widget = page.locator('.quick-input-widget');
      for (let attempt = 0; attempt < 5 && (await widget.isVisible()); attempt++) {
        await page.waitForTimeout(500);
        await widget.getByRole('button', { name: 'OK' }).click({ timeout: 2000 }).catch(() => undefined);
        await widget.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
      }
      await page.locator('.notifications-toasts .notification-toast', { hasText: `wrote` }).filter({ hasText: name }).first().waitFor({ timeout: 30_000 }).catch(async (e) => {
        const shown = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
        throw new Error(`${(e as Error).message}\nnotifications: ${shown.join(' | ')}`);
      });
    }
    assert.deepEqual(readdirSync(outDir).sort(), ['reuse-report.csv', 'reuse-report.html'], 'only the two reports were written');
    assert.equal(fingerprint(), before, 'the articles are unchanged');
    assert.ok(!existsSync(path.join(folder, 'reprint-lens-report.html')));
    assert.ok(readFileSync(path.join(outDir, 'reuse-report.csv'), 'utf8').startsWith('\ufeffcluster,kind,role'));

    // The HTML report in Chromium, as its reader opens it, in a tab of its own.
    const reader = await page.context().newPage();
    await reader.setViewportSize({ width: 1300, height: 900 });
    const problems: string[] = [];
    reader.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    reader.on('pageerror', (e) => problems.push(e.message));
    reader.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`request ${r.url()}`); });
    await reader.goto(`file://${path.join(outDir, 'reuse-report.html')}`);
    await reader.waitForTimeout(500);
    const facts = (await reader.evaluate(PAGE_FACTS)) as {
      pwned: unknown; active: string[]; links: string[]; csp: string; styled: string; arcs: number; scriptText: boolean; imgText: boolean; ins: string[];
    };
    ctx.log(`report page: ${JSON.stringify(facts)}`);
    assert.equal(facts.pwned, null, 'no article text ran');
    assert.deepEqual(facts.active, [], 'no script, image, frame or form element');
    assert.deepEqual(facts.links, [], 'only links within the page');
    assert.match(facts.csp, /^default-src 'none'; style-src 'sha256-/);
    assert.equal(facts.styled, '6px', 'the style sheet is allowed by its hash');
    assert.ok(facts.arcs >= 2, 'the overview figure is drawn');
    assert.ok(facts.scriptText && facts.imgText, 'the markup in the articles shows as text');
    assert.ok(facts.ins.includes('small'), 'a later version’s added word is marked');
    assert.deepEqual(problems, [], 'no errors, blocked styles or requests');
    // Named as ctx.screenshot names its own (vsix- in a run against the packaged extension).
    const installed = existsSync(ctx.server.extensionsDir) && readdirSync(ctx.server.extensionsDir).some((n) => n.startsWith('reprint-lens'));
    const prefix = `${installed ? 'vsix-' : ''}report-hostile`;
    ctx.log(`screenshot: ${await screenshot(reader, `${prefix}-top`)}`);
    const full = path.join(path.dirname(await screenshot(reader, `${prefix}-top`)), `${prefix}-full.png`);
    await reader.screenshot({ path: full, fullPage: true });
    ctx.log(`screenshot: ${full}`);
    await reader.close();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
