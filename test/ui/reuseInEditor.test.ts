// Reuse as a reader sees it in the editor: highlights on 002 (first appearances and later
// versions apart, in the text, the gutter and the overview ruler), the CodeLens above a
// copied quote, the status bar item and the comparison it opens, then the Reprint Lens view
// from the activity bar: the cluster tree, a click that opens an appearance, the Articles
// tree, and a CodeLens click that shows the cluster in the view. Screenshots in test-results/.
import * as assert from 'node:assert/strict';
import type { UiContext, UiTestOptions } from '../harness';
import { A002, A003, chooseTheme } from './sharedSteps';

export const options: UiTestOptions = {
  openFile: `examples/kazakhstan-2022/${A002}`,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 180_000,
};

// Browser-side code is passed as text (see workbench.ts). Counts the editor's text highlights
// painted in each of the two theme colours, and the gutter marks drawn from each icon.
const PAINTED = `(() => {
  const root = getComputedStyle(document.querySelector('.monaco-workbench'));
  const probe = (v) => { const d = document.createElement('div'); d.style.backgroundColor = root.getPropertyValue(v); document.body.appendChild(d); const c = getComputedStyle(d).backgroundColor; d.remove(); return c; };
  const origin = probe('--vscode-reprintLens-originBackground');
  const copy = probe('--vscode-reprintLens-copyBackground');
  const editor = document.querySelector('.editor-instance .monaco-editor');
  const overlays = [...editor.querySelectorAll('.view-overlays div, .view-lines span')];
  const bg = (c) => overlays.filter((e) => getComputedStyle(e).backgroundColor === c).length;
  const gutter = [...editor.querySelectorAll('.margin-view-overlays div, .glyph-margin-widgets div')].map((e) => getComputedStyle(e).backgroundImage);
  return { origin, copy, originPainted: bg(origin), copyPainted: bg(copy),
    originMarks: gutter.filter((b) => b.includes('reuse-origin')).length, copyMarks: gutter.filter((b) => b.includes('reuse-copy')).length };
})()`;

export async function run(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.monaco-editor .view-line', { hasText: 'Andre Ismagambet' }).first().waitFor({ timeout: 30_000 });

  // ---- highlights: the index builds in the background once an article is on screen ----
  await ctx.revealText('In this regard, relying');
  await page.keyboard.press('ArrowLeft');
  let painted = { origin: '', copy: '', originPainted: 0, copyPainted: 0, originMarks: 0, copyMarks: 0 };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !(painted.originPainted && painted.copyPainted && painted.originMarks && painted.copyMarks)) {
    await page.waitForTimeout(500);
    painted = (await page.evaluate(PAINTED)) as typeof painted;
  }
  ctx.log(`highlights: ${JSON.stringify(painted)}`);
  assert.notEqual(painted.origin, painted.copy, 'first appearances and later versions have different colours');
  assert.ok(painted.originPainted > 0, 'the appeal, first seen in 002, is highlighted as a first appearance');
  assert.ok(painted.copyPainted > 0, '“trained abroad”, first seen in 001, is highlighted as a later version');
  assert.ok(painted.originMarks > 0 && painted.copyMarks > 0, 'gutter marks of both kinds');

  // ---- CodeLens above the paragraph ----
  const lens = page.locator('.contentWidgets .codelens-decoration');
  await lens.filter({ hasText: 'first in 001_0ef69f8f189c5c30:' }).first().waitFor({ timeout: 30_000 });
  const lensText = (await lens.allInnerTexts()).join(' | ');
  ctx.log(`CodeLens: ${lensText}`);
  assert.match(lensText, /first appears here/);
  assert.match(lensText, /\d+ later versions?/);

  // ---- status bar ----
  const status = page.locator('.statusbar-item', { hasText: /reused · / });
  await status.first().waitFor({ timeout: 30_000 });
  const statusText = (await status.first().innerText()).trim();
  ctx.log(`status bar: ${statusText}`);
  assert.match(statusText, /^(<1|\d+)% reused · \d+ quotes?( and \d+ passages?)? from \d+ sources?$/);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  ctx.log(`screenshot: ${await ctx.screenshot('highlights-codelens-status')}`);

  await status.first().click();
  const frame = await ctx.webview('.row');
  const heads = (await frame.locator('.grid-head .cell').allInnerTexts()).join(' | ');
  ctx.log(`status bar click compared: ${heads}`);
  assert.ok(heads.includes(A002), heads);
  await page.locator('.tabs-container .tab', { hasText: A002 }).click();

  // ---- the Reprint Lens view, from the activity bar ----
  await page.locator('.activitybar .action-item .action-label[aria-label^="Reprint Lens"]').click();
  const tree = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Reused Passages"]') });
  const trained = tree.locator('.monaco-list-row', { hasText: '“trained abroad”' });
  await trained.waitFor({ timeout: 30_000 });
  assert.match(await trained.innerText(), /first in 001_0ef69f8f189c5c30:\d+ · 4 articles/);
  await trained.click();
  const copyRow = tree.locator('.monaco-list-row', { hasText: '003_9da7962be26feba9:' });
  await copyRow.first().waitFor();
  ctx.log(`screenshot: ${await ctx.screenshot('view-clusters')}`);
  await copyRow.first().click();
  await page.locator('.tabs-container .tab.active', { hasText: A003 }).waitFor({ timeout: 10_000 });
  const selection = page.locator('.statusbar-item', { hasText: /\(15 selected\)/ });
  await selection.first().waitFor({ timeout: 10_000 });
  ctx.log('the click opened 003 with “training abroad” (15 characters) selected');

  // ---- Articles ----
  const articles = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Articles"]') });
  const header = articles.locator('.pane-header');
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const row003 = articles.locator('.monaco-list-row', { hasText: '003_9da7962be26feba9' });
  await row003.first().waitFor({ timeout: 10_000 });
  assert.match(await row003.first().innerText(), /\d+% reused · \d+ quotes?( and \d+ passages?)? from 2 sources/);
  await row003.first().locator('.monaco-tl-twistie').click();
  await articles.locator('.monaco-list-row', { hasText: 'from 001_0ef69f8f189c5c30' }).first().waitFor();
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('view-articles')}`);

  // ---- a CodeLens click shows the cluster in the view ----
  await tree.locator('.monaco-list-row', { hasText: '“trained abroad”' }).click(); // collapse it again
  await page.locator('.tabs-container .tab', { hasText: A003 }).click();
  await ctx.revealText('In this regard, relying');
  const versions = page.locator('.contentWidgets .codelens-decoration a[title^="Show every version of “In this regard"]:visible');
  await versions.first().waitFor({ timeout: 20_000 });
  await versions.first().click();
  const selected = tree.locator('.monaco-list-row.selected', { hasText: 'In this regard, relying' });
  await selected.first().waitFor({ timeout: 10_000 });
  ctx.log(`CodeLens click selected: ${await selected.first().innerText()}`);
  assert.match(await selected.first().innerText(), /^“In this regard, relying on the collective security treaty/);
  ctx.log(`screenshot: ${await ctx.screenshot('codelens-reveal')}`);

  // ---- the same highlights in a dark and a high-contrast theme ----
  await page.locator('.tabs-container .tab', { hasText: A003 }).click();
  for (const [theme, name] of [['Dark Modern', 'dark'], ['Dark High Contrast', 'high-contrast']] as const) {
    await chooseTheme(ctx, theme);
    await page.waitForTimeout(800);
    const seen = (await page.evaluate(PAINTED)) as typeof painted;
    ctx.log(`${theme}: ${JSON.stringify(seen)}`);
    assert.ok(seen.originMarks + seen.copyMarks > 0, `gutter marks in ${theme}`);
    if (name === 'dark') assert.ok(seen.copyPainted > 0 && seen.origin !== seen.copy, 'both colours in the dark theme');
    await page.mouse.move(5, 5);
    ctx.log(`screenshot: ${await ctx.screenshot(`highlights-${name}`)}`);
  }
}
