// What a reader does: compare two articles from the command palette, read the changed
// passage, move between changes, come back to the view, then hover a reused quote.
// Timings go to the test log; screenshots to test-results/.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import type { UiContext, UiTestOptions } from '../harness';
import { A002, A003, A004, runCommandWhenReady } from './sharedSteps';

export const options: UiTestOptions = {
  openFile: `examples/kazakhstan-2022/${A002}`,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 180_000,
};

// Browser-side code is passed as text: a transpiled function could carry helpers that do not exist in the page.
const FIND_APPEAL_ROW = `(() => {
  for (const row of document.querySelectorAll('.row.kind-changed')) {
    const deleted = [...row.querySelectorAll('.cell.left del')].map((e) => e.textContent).join(' | ');
    const inserted = [...row.querySelectorAll('.cell.right ins')].map((e) => e.textContent).join(' | ');
    if (deleted.includes('appealed') && inserted.includes('turned')) {
      row.querySelector('.cell.left').scrollIntoView({ block: 'center' });
      return { deleted, inserted, left: row.querySelector('.cell.left .text').textContent, right: row.querySelector('.cell.right .text').textContent };
    }
  }
  return null;
})()`;

const VIEW_FACTS = `(() => ({
  rows: document.querySelectorAll('.row').length,
  kinds: [...document.querySelectorAll('.row')].map((r) => r.className.replace('row kind-', '').split(' ')[0]),
  summary: document.querySelector('.summary')?.textContent ?? '',
  headers: [...document.querySelectorAll('.grid-head .name')].map((c) => c.textContent),
  csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
  inlineScripts: [...document.scripts].filter((s) => !s.src).map((s) => s.textContent.slice(0, 120)),
}))()`;

const CURRENT_CHANGE = `document.querySelector('.row.current')?.dataset.change ?? null`;

export async function run(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.monaco-editor .view-line', { hasText: 'Andre Ismagambet' }).first().waitFor({ timeout: 30_000 });

  // ---- Compare Sources from the command palette, 002 (active, pre-ticked) and 003 ----
  const tCommand = await runCommandWhenReady(ctx, 'Reprint Lens: Compare Sources');
  const row003 = page.locator('.quick-input-list .monaco-list-row', { hasText: A003 });
  await row003.waitFor({ timeout: 30_000 });
  const pickerMs = Date.now() - tCommand;
  await row003.locator(".monaco-checkbox").first().click();
  const checked = await page.locator('.quick-input-list .monaco-list-row[aria-checked="true"]').allInnerTexts();
  assert.equal(checked.length, 2, `two rows ticked, got: ${checked.join(' / ')}`);
  assert.ok(checked.some((t) => t.includes(A002)) && checked.some((t) => t.includes(A003)), checked.join(' / '));
  const tAccept = Date.now();
  await page.keyboard.press('Enter');
  const frame = await ctx.webview('.row.kind-changed del');
  const renderMs = Date.now() - tAccept;
  ctx.log(`timing: Compare Sources list shown ${pickerMs} ms after the command; webview drawn ${renderMs} ms after accepting the list`);

  const facts = (await frame.evaluate(VIEW_FACTS)) as {
    rows: number; kinds: string[]; summary: string; headers: string[]; csp: string; inlineScripts: string[];
  };
  ctx.log(`view: ${facts.rows} rows; summary: ${facts.summary}`);
  assert.deepEqual(facts.headers, [A002, A003]);
  assert.match(facts.summary, /\d+% reused/);
  assert.ok(facts.kinds.includes('omitted') && facts.kinds.includes('added') && facts.kinds.includes('changed'));
  assert.match(facts.csp, /^default-src 'none'/);
  assert.doesNotMatch(facts.csp, /unsafe-inline|unsafe-eval/);
  // The only origin allowed is the one VS Code serves the extension's own files from.
  const origins = facts.csp.match(/https?:\/\/[^\s;]+/g) ?? [];
  assert.ok(origins.every((o) => o === 'https://*.vscode-cdn.net'), facts.csp);
  // The one inline script is VS Code's own acquireVsCodeApi shim; the page adds none.
  assert.ok(facts.inlineScripts.every((s) => s.includes('acquireVsCodeApi')), JSON.stringify(facts.inlineScripts));

  const appeal = (await frame.evaluate(FIND_APPEAL_ROW)) as { deleted: string; inserted: string; left: string; right: string } | null;
  assert.ok(appeal, 'a changed row with "appealed" in a <del> and "turned" in an <ins>');
  ctx.log(`appeal row: deleted [${appeal.deleted}] inserted [${appeal.inserted}]`);
  assert.match(appeal.left, /Tokayev/);
  await page.mouse.move(5, 5); // away from the rows, so no hover outline shows
  await page.waitForTimeout(300);
  ctx.log(`screenshot: ${await ctx.screenshot('compare')}`);
  await frame.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(200);
  ctx.log(`screenshot: ${await ctx.screenshot('compare-top')}`);

  // ---- keyboard: n moves to the next change; the place survives hiding the view ----
  // The view opens on its reworded passage (the third change); keys move from there.
  await frame.locator('.summary').click();
  assert.equal(await frame.evaluate(CURRENT_CHANGE), '2', 'the view opened on the appeal, the third change');
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await page.keyboard.press('n');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('p');
  assert.equal(await frame.evaluate(CURRENT_CHANGE), '1', 'p, p, n, Alt+↓, p lands on the second change');
  await page.locator('.tabs-container .tab', { hasText: A002 }).click();
  await page.locator('.monaco-editor .view-line', { hasText: 'Andre Ismagambet' }).first().waitFor();
  await page.locator('.tabs-container .tab', { hasText: '002_f746b196c47e67ff ↔ 003_9da7962be26feba9' }).click();
  const again = await waitForFrame(ctx, '.row.current');
  assert.equal(await again.evaluate(CURRENT_CHANGE), '1', 'the focused change is kept when the view is shown again');

  // ---- hover a reused quote in 002 ----
  await page.locator('.tabs-container .tab', { hasText: A002 }).click();
  await ctx.revealText('trained abroad');
  const tHover = Date.now();
  const first = await ctx.hover('trained abroad');
  const firstHoverMs = Date.now() - tHover;
  const tHover2 = Date.now();
  const card = (await ctx.hover('trained abroad')).replace(/\u00a0/g, ' ');
  const hoverMs = Date.now() - tHover2;
  ctx.log(`timing: first hover card ${firstHoverMs} ms (includes building the index), next hover ${hoverMs} ms (index ready); both include the editor's hover delay`);
  ctx.log(`hover card:\n${card}`);
  assert.equal(first.includes('Reprint Lens'), true);
  assert.match(card, /First appeared in 001_0ef69f8f189c5c30\.txt, line \d+/);
  for (const other of [A003, A004]) assert.ok(card.includes(other), `${other} is named in the card`);
  assert.match(card, /\d+% similar/);
  // The hover fades in; take the picture once it is fully drawn, as a reader would see it.
  await page.waitForFunction("Array.from(document.querySelectorAll('.monaco-hover')).some((h) => h.offsetParent && getComputedStyle(h).opacity === '1' && h.textContent.includes('Reprint Lens'))", undefined, { timeout: 5000 });
  await page.waitForTimeout(400);
  ctx.log(`screenshot: ${await ctx.screenshot('hover')}`);
}

/** The comparison webview once it holds `selector` (it is rebuilt when shown again). */
async function waitForFrame(ctx: UiContext, selector: string): Promise<Frame> {
  return ctx.webview(selector);
}
