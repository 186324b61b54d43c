// Find Reprints of Selection as a reader uses it (defect 10 of issue 10): the command is in
// the palette with nothing selected, searches what is at the cursor, and says "not found in
// other articles" for words no other article has; a selection's reprints go to the Results
// view, where a click opens one. Screenshots in test-results/.
import * as assert from 'node:assert/strict';
import type { UiContext, UiTestOptions } from '../harness';
import { A002, A004, runCommandWhenReady } from './sharedSteps';

export const options: UiTestOptions = {
  openFile: `examples/kazakhstan-2022/${A002}`,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 180_000,
};

export async function run(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  const title = page.locator('.monaco-editor .view-line', { hasText: 'Andre Ismagambet' }).first();
  await title.waitFor({ timeout: 30_000 });
  // The cursor in the byline, nothing selected.
  await title.click();
  await page.keyboard.press('End');

  // In the palette without a selection (before the fix it was hidden there).
  await runCommandWhenReady(ctx, 'Reprint Lens: Find Reprints of Selection');
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'not found in other articles' });
  await toast.first().waitFor({ timeout: 30_000 });
  const message = (await toast.first().innerText()).replace(/\s+/g, ' ');
  ctx.log(`message: ${message}`);
  assert.match(message, /“Andre Ismagambet” was not found in other articles/);
  const results = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Results"]') });
  const notFound = results.locator('.monaco-list-row', { hasText: '“Andre Ismagambet”' });
  await notFound.waitFor({ timeout: 10_000 });
  assert.match(await notFound.innerText(), /not found in other articles/);
  const rows = await results.locator('.monaco-list-row').allInnerTexts();
  assert.equal(rows.length, 2, `the search and its note, not a list holding only the selection: ${rows.join(' / ')}`);
  ctx.log(`screenshot: ${await ctx.screenshot('not-found')}`);

  // A selection found elsewhere: its reprints stay in the Results view.
  await page.locator('.tabs-container .tab', { hasText: A002 }).click();
  await ctx.revealText('trained abroad');
  await runCommandWhenReady(ctx, 'Reprint Lens: Find Reprints of Selection');
  const found = results.locator('.monaco-list-row', { hasText: '“trained abroad”' });
  await found.waitFor({ timeout: 10_000 });
  assert.match(await found.innerText(), /in 3 other articles/);
  const hit004 = results.locator('.monaco-list-row', { hasText: '004_8fba14ac2590a363:' }).first();
  await hit004.waitFor();
  const all = (await results.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  ctx.log(`results: ${all.join(' / ')}`);
  assert.ok(all.some((t) => t.includes('001_0ef69f8f189c5c30:')) && all.some((t) => t.includes('003_9da7962be26feba9:')));
  assert.ok(all.some((t) => t.includes('Andre Ismagambet')), 'the earlier result stays below');
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('results')}`);

  await hit004.click();
  await page.locator('.tabs-container .tab.active', { hasText: A004 }).waitFor({ timeout: 10_000 });
  await page.locator('.statusbar-item', { hasText: /\(\d+ selected\)/ }).first().waitFor({ timeout: 10_000 });
  ctx.log('a click on a result opened 004 with the reprint selected');
}
