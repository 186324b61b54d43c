// The comparison view as a reader meets it on the example corpus: the article list names each
// article by its title, the tab by its articles; the view opens on its change (002/003: the
// appeal, not 1,000 px down), with long added passages shortened and line ranges in the labels;
// a change of case is quiet; n / p move the view and the focus, and Enter opens the passage.
// A second comparison (000/004) opens its own tab and shows "(B)y deploying troops" once.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import type { UiContext, UiTestOptions } from '../harness';
import { A002, A003, compareFromPalette, runCommandWhenReady, waitInFrame } from './sharedSteps';

export const options: UiTestOptions = {
  openFile: `examples/kazakhstan-2022/${A002}`,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 240_000,
};

const A000 = '000_98a9a7d346d8e616.txt';
const A004 = '004_8fba14ac2590a363.txt';
const TITLE_003 = 'How the West reacted to the deployment of CSTO peacekeepers';

/** Where the current row is on screen, and whether it holds the keyboard focus. Browser-side code as text (see compareAndHover). */
const CURRENT = `(() => {
  const row = document.querySelector('.row.current');
  if (!row) return null;
  const box = row.getBoundingClientRect();
  return {
    top: box.top, bottom: box.bottom, height: box.height, viewport: window.innerHeight, scrollY: window.scrollY,
    focused: document.activeElement === row, kind: row.className, change: row.dataset.change,
    position: document.querySelector('.position')?.textContent ?? '', text: row.textContent.slice(0, 200),
  };
})()`;

type Current = {
  top: number; bottom: number; height: number; viewport: number; scrollY: number;
  focused: boolean; kind: string; change: string; position: string; text: string;
};

async function current(frame: Frame): Promise<Current> {
  const c = (await frame.evaluate(CURRENT)) as Current | null;
  assert.ok(c, 'a row is current');
  return c;
}

/** The current row is a real box, inside the view (below the sticky column header), and has the focus. */
function assertOnScreen(c: Current, what: string): void {
  assert.ok(c.height > 0, `${what}: the row has a box (height ${c.height})`);
  assert.ok(c.top >= 0 && c.top < c.viewport - 20, `${what}: the row's top ${Math.round(c.top)} is on screen (0..${c.viewport})`);
  assert.ok(c.focused, `${what}: the row holds the keyboard focus`);
}

export async function run(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.monaco-editor .view-line', { hasText: 'Andre Ismagambet' }).first().waitFor({ timeout: 30_000 });

  // ---- defect 9: the list names each article by its title as well as its file ----
  await runCommandWhenReady(ctx, 'Reprint Lens: Compare Sources');
  const row003 = page.locator('.quick-input-list .monaco-list-row', { hasText: A003 });
  await row003.waitFor({ timeout: 30_000 });
  await row003.filter({ hasText: TITLE_003 }).waitFor({ timeout: 10_000 });
  const listed = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
  ctx.log(`list rows: ${listed.map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);
  assert.ok(listed.some((t) => t.includes(A000) && t.includes('Kazakhstan restoring order')), 'the title of 000 is shown beside its name');
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('picker-titles')}`);
  await page.keyboard.press('Escape');

  // ---- open 002 with 003 ----
  const { frame } = await compareFromPalette(ctx, [A003]);
  await frame.locator('.row.current').waitFor({ timeout: 10_000 });

  // ---- defect 8: the tab is named after its articles ----
  const tab0203 = page.locator('.tabs-container .tab', { hasText: '002_f746b196c47e67ff ↔ 003_9da7962be26feba9' });
  await tab0203.waitFor({ timeout: 5000 });

  // ---- defect 6: open on the change, long added passages shortened, labels with line ranges ----
  const opened = await current(frame);
  ctx.log(`opened on: ${opened.position} at top ${Math.round(opened.top)} of ${opened.viewport}: ${opened.text.slice(0, 80)}`);
  assertOnScreen(opened, 'on opening');
  assert.match(opened.kind, /kind-changed/, 'the view opens on the reworded passage');
  assert.match(opened.text, /appealed/);
  assert.equal(opened.scrollY >= 0, true);
  assert.ok(opened.bottom <= opened.viewport, `the appeal row is fully in view without scrolling (bottom ${Math.round(opened.bottom)} of ${opened.viewport})`);
  const firstAdded = (await frame.evaluate(`(() => {
    const row = document.querySelector('.row.kind-added');
    return { label: row.querySelector('.cell.right .line-no').textContent, clamped: !!row.querySelector('.text.clamped'), more: row.querySelector('button.more')?.textContent ?? '' };
  })()`)) as { label: string; clamped: boolean; more: string };
  assert.equal(firstAdded.label, 'lines 1–15');
  assert.ok(firstAdded.clamped, 'the 15-line added passage is shortened');
  assert.equal(firstAdded.more, 'Show all 15 lines');
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('open-on-change')}`);

  // ---- defect 4 in the view: the case change is quiet, the rewording is struck and inserted ----
  const appeal = (await frame.evaluate(`(() => {
    const row = document.querySelector('.row.current');
    const texts = (sel) => [...row.querySelectorAll(sel)].map((e) => e.textContent);
    return { del: texts('.cell.left del'), ins: texts('.cell.right ins'), minorLeft: texts('.cell.left .minor'), minorRight: texts('.cell.right .minor') };
  })()`)) as { del: string[]; ins: string[]; minorLeft: string[]; minorRight: string[] };
  ctx.log(`appeal row: ${JSON.stringify(appeal)}`);
  assert.ok(!appeal.del.concat(appeal.ins).some((t) => /collective/i.test(t)), 'no <del>/<ins> for a change of case');
  assert.deepEqual(appeal.minorLeft, ['collective security treaty']);
  assert.deepEqual(appeal.minorRight, ['Collective Security Treaty']);
  assert.ok(appeal.del.includes('have appealed') && appeal.ins.includes('turned'));

  // ---- defect 1: n / p move the view and the focus; Enter opens the passage ----
  // Long passages shown in full, so the last change is far down the page.
  await frame.locator('label.option', { hasText: 'Collapse unchanged' }).click();
  await waitInFrame(frame, `!document.querySelector('.text.clamped')`);
  await frame.locator('.row.kind-changed .cell.left .meta').click(); // back into the view, on the appeal row
  const total = Number(/of (\d+)/.exec(opened.position)?.[1]);
  assert.ok(total >= 4, opened.position);
  const seen: number[] = [];
  for (let k = Number(opened.change) + 1; k < total; k++) {
    await page.keyboard.press('n');
    const c = await current(frame);
    assert.equal(c.position, `Change ${k + 1} of ${total}`);
    assertOnScreen(c, `after n, change ${k + 1}`);
    seen.push(c.scrollY);
  }
  ctx.log(`scroll positions going down: ${seen.join(', ')}`);
  assert.ok(Math.max(...seen) > 1000, 'going down the changes scrolled the view far down');
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('navigate-last-change')}`);
  for (let k = total - 2; k >= 0; k--) {
    await page.keyboard.press(k % 2 ? 'p' : 'Alt+ArrowUp');
    const c = await current(frame);
    assert.equal(c.position, `Change ${k + 1} of ${total}`);
    assertOnScreen(c, `after p, change ${k + 1}`);
  }
  const top = await current(frame);
  assert.match(top.kind, /kind-added/, 'the first change is the added title block of 003');
  await page.keyboard.press('Enter');
  const editorTab = page.locator('.tabs-container .tab.active', { hasText: A003 });
  await editorTab.waitFor({ timeout: 10_000 });
  await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 10_000 });
  // Monaco draws spaces as no-break spaces, which \s matches.
  const line = await page.locator('.monaco-editor .view-line', { hasText: /How\s+the\s+West\s+reacted/ }).count();
  assert.ok(line > 0, 'the editor shows the start of the added passage');
  assert.match(await page.locator('.statusbar').innerText(), /\(\d+ selected\)/, 'the passage is selected');
  ctx.log(`screenshot: ${await ctx.screenshot('enter-opens-passage')}`);

  // ---- defect 8 and 2: another comparison opens its own tab; a moved sentence is shown once ----
  await page.locator('.tabs-container .tab', { hasText: A002 }).first().click();
  const second = await compareOther(ctx, [A000, A004]);
  await page.locator('.tabs-container .tab', { hasText: '000_98a9a7d346d8e616 ↔ 004_8fba14ac2590a363' }).waitFor({ timeout: 10_000 });
  assert.equal(await tab0203.count(), 1, 'the first comparison keeps its own tab');
  const deploying = (await second.evaluate(`[...document.querySelectorAll('.row')].filter((r) => r.querySelector('.cell.right .text')?.textContent.includes('(B)y deploying troops')).map((r) => r.className)`)) as string[];
  ctx.log(`rows holding “(B)y deploying troops”: ${JSON.stringify(deploying)}`);
  assert.equal(deploying.length, 1, 'the moved sentence is in one row only');
  assert.match(deploying[0], /kind-moved/);
  await second.evaluate(`[...document.querySelectorAll('.row.kind-moved')][0].scrollIntoView({ block: 'center' })`);
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('moved-once')}`);
}

/** Compare Sources with exactly `names` ticked (nothing pre-ticked from the active editor). */
async function compareOther(ctx: UiContext, names: readonly string[]): Promise<Frame> {
  const { page } = ctx;
  await runCommandWhenReady(ctx, 'Reprint Lens: Compare Sources');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor({ timeout: 30_000 });
  // The active article (002) comes ticked: untick it, tick the others.
  for (const [name, want] of [[A002, false], ...names.map((n) => [n, true] as const)] as const) {
    const box = rows.filter({ hasText: name }).locator('.monaco-checkbox').first();
    for (let attempt = 0; attempt < 5 && (await ticked(box)) !== want; attempt++) {
      await page.mouse.move(5, 5);
      await box.click({ timeout: 3000 }).catch(() => undefined);
      await page.waitForTimeout(150);
    }
    assert.equal(await ticked(box), want, `${name} ${want ? 'ticked' : 'not ticked'}`);
  }
  await page.locator('.quick-input-widget').getByRole('button', { name: 'OK' }).click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const frame = await ctx.webview('.grid-head');
    const head = (await frame.evaluate(`document.querySelector('.grid-head .name')?.textContent ?? ''`).catch(() => '')) as string;
    if (head === A000) {
      await waitInFrame(frame, `document.querySelectorAll('.row').length > 0`);
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`no comparison of ${names.join(' and ')} drawn (last header: ${head})`);
    await page.waitForTimeout(250);
  }
}

async function ticked(box: import('playwright-core').Locator): Promise<boolean> {
  const state = (await box.getAttribute('aria-checked')) ?? '';
  const cls = (await box.getAttribute('class')) ?? '';
  return state === 'true' || /\bchecked\b/.test(cls);
}
