// Open passim Output…: a reader picks the output folder of a passim run over the example
// articles (the fixture made by test/fixtures/passim/make-fixture.ts) in VS Code's open
// dialog; passim's clusters then fill the Reprint Lens view and answer the hover cards.
// Screenshots in test-results/.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { UiContext, UiTestOptions } from '../harness';
import { A003, runCommandWhenReady } from './sharedSteps';

export const options: UiTestOptions = {
  openFile: `examples/kazakhstan-2022/${A003}`,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 180_000,
};

export async function run(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.monaco-editor .view-line', { hasText: 'How the West reacted' }).first().waitFor({ timeout: 30_000 });
  const output = path.join(ctx.repoRoot, 'test/fixtures/passim/kazakhstan-2022/output');

  await runCommandWhenReady(ctx, 'Reprint Lens: Open passim Output…');
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  await input.fill(`${output}/`);
  // The dialog lists a folder once it has taken in its path: accept only then.
  await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'out.json' }).first().waitFor({ timeout: 15_000 });
  for (let attempt = 0; attempt < 5 && (await widget.isVisible()); attempt++) {
    await page.waitForTimeout(500);
    await widget.getByRole('button', { name: /^(OK|Open passim Output)$/ }).click({ timeout: 2000 }).catch(() => undefined);
    await widget.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
  }
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: "showing passim's" });
  await toast.first().waitFor({ timeout: 30_000 }).catch(async (e) => {
    const shown = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
    throw new Error(`${(e as Error).message}\nnotifications: ${shown.join(' | ')}`);
  });
  const message = (await toast.first().innerText()).replace(/\s+/g, ' ');
  ctx.log(`message: ${message}`);
  assert.match(message, /showing passim's 5 clusters from .*output/);

  const tree = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Reused Passages"]') });
  const appeal = tree.locator('.monaco-list-row', { hasText: '“In this regard, relying on the' });
  await appeal.waitFor({ timeout: 20_000 });
  const rows = (await tree.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  ctx.log(`passim clusters: ${rows.join(' / ')}`);
  assert.equal(rows.length, 5);
  assert.match(await appeal.innerText(), /first in 002_f746b196c47e67ff:5 · 2 articles/);
  assert.ok(!rows.some((r) => r.includes('trained abroad')), 'only what passim reported');
  const header = (await tree.locator('.pane-header').innerText()).replace(/\s+/g, ' ');
  assert.match(header, /passim: .*output/);

  await page.locator('.tabs-container .tab', { hasText: A003 }).click();
  await ctx.revealText('today I turned');
  let card = '';
  for (let i = 0; i < 5 && !card.includes('Reprint Lens'); i++) {
    card = await ctx.hover('today I turned').catch(() => '');
    if (!card.includes('Reprint Lens')) await page.waitForTimeout(1000);
  }
  card = card.replace(/\u00a0/g, ' ');
  ctx.log(`hover card:\n${card}`);
  assert.match(card, /First appeared in 002_f746b196c47e67ff\.txt, line 5/);
  await page.waitForTimeout(400);
  ctx.log(`screenshot: ${await ctx.screenshot('view-and-hover')}`);
}
