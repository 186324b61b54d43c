// Every place the extension shows article text, titles and file names, visited the way a
// reader would with the hostile folder open: hover cards, CodeLens, the status bar, the
// Reprint Lens trees and their tooltips, the Results view and the notifications of its
// commands, the Compare Sources list, the comparison view in its three modes and its tab,
// and the exported HTML report opened in Chromium. At each: nothing ran or loaded (the
// ExecutionWatch), no element, handler or link came from the text (audit), and the payloads
// read back as the very text of the article.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { testResultsDir, type UiContext } from '../../harness';
import { compareFromPalette, runCommandWhenReady, waitInFrame } from '../sharedSteps';
import { ALL_PAYLOADS, FILES, FOLDER, PASSAGE_PAYLOADS, TITLES, UNIQUE_LINE, checkCorpus, missing, missingInRows, shown } from './corpus';
import { assertInert, assertReadingOrder, audit, isOwnOpenLink } from './pageChecks';
import { ExecutionWatch } from './watch';

const HOVER = '.monaco-hover:not(.hidden) .monaco-hover-content';
/** Elements VS Code's Markdown draws for the extension's own card (strong, blockquote, links…). */
const MARKDOWN_TAGS = ['a', 'strong', 'em', 'blockquote', 'code'];
const noExt = (name: string) => name.replace(/\.(txt|md)$/, '');

/**
 * The whole visit; `restricted` when the workspace is in Restricted Mode. Each surface is a
 * step of its own: a step that fails is recorded (with a screenshot) and the visit goes on,
 * so one run names every surface that fails; the visit fails at the end if any did.
 */
export async function visitHostileSurfaces(ctx: UiContext, restricted: boolean): Promise<void> {
  checkCorpus(ctx.repoRoot);
  const { page } = ctx;
  const watch = await ExecutionWatch.start(page);
  const failures: string[] = [];
  try {
    await page.locator('.monaco-editor .view-line', { hasText: 'harbour authority' }).first().waitFor({ timeout: 30_000 });
    if (restricted) await page.getByText('Restricted Mode').first().waitFor({ timeout: 20_000 });
    await watch.probe();
    const steps: [string, () => Promise<void>][] = [
      ['hover cards', () => hoverCards(ctx)],
      ['tree views', () => treeViews(ctx)],
      ['CodeLens and status bar', () => lensAndStatus(ctx)],
      ['Results view and notifications', () => resultsAndNotifications(ctx)],
      ['comparison view', () => comparison(ctx, watch)],
      ['exported report', () => report(ctx, watch, restricted)],
    ];
    for (const [name, step] of steps) {
      try {
        await step();
        await watch.assertQuiet(name);
        ctx.log(`${name}: inert, payloads read as text`);
      } catch (e) {
        failures.push(`${name}: ${(e as Error).message}`);
        ctx.log(`${name} FAILED; screenshot: ${await ctx.screenshot(`failed-${name.replace(/\W+/g, '-')}`)}`);
        await page.keyboard.press('Escape').catch(() => undefined);
      }
    }
  } finally {
    await watch.stop();
  }
  if (failures.length) throw new Error(`${failures.length} surface(s) failed:\n\n${failures.join('\n\n')}`);
}

/** Hovers `phrase` until the extension's card shows (the index builds on first use), returns the audit of it. */
async function card(ctx: UiContext, phrase: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const text = await ctx.hover(phrase).catch(() => '');
    if (text.includes('Reprint Lens')) return audit(ctx.page, HOVER);
    if (Date.now() > deadline) throw new Error(`no Reprint Lens hover over "${phrase}"`);
    await ctx.page.waitForTimeout(1000);
  }
}

async function hoverCards(ctx: UiContext): Promise<void> {
  const names = (...keys: (keyof typeof FILES)[]) => keys.map((k) => FILES[k]);
  const harbour = await card(ctx, 'harbour authority');
  assertInert(harbour, 'hover on the harbour passage', MARKDOWN_TAGS, isOwnOpenLink);
  assert.deepEqual(missing(harbour.text, [...PASSAGE_PAYLOADS.harbour.slice(0, 1), ...names('wire', 'daily', 'weekly')]), [], 'hover text');
  assert.equal(harbour.links.length, 2, 'one link for each other appearance, no more');
  ctx.log(`hover: ${shown(harbour.text).slice(0, 300)}…`);

  await ctx.revealText('We will not let');
  const quote = await card(ctx, 'We will not let');
  assertInert(quote, 'hover on the quote', MARKDOWN_TAGS, isOwnOpenLink);
  assert.deepEqual(missing(quote.text, [...PASSAGE_PAYLOADS.quote, FILES.brief]), [], 'hover text');

  await ctx.revealText('Council members wrote');
  const markdown = await card(ctx, 'Council members');
  assertInert(markdown, 'hover on the Markdown passage', MARKDOWN_TAGS, isOwnOpenLink);
  // The card previews 220 characters of each passage: the payloads up to `$(flame)` fit.
  assert.deepEqual(missing(markdown.text, [...PASSAGE_PAYLOADS.markdown.slice(0, 6), ...PASSAGE_PAYLOADS.beacons.slice(0, 2), ...names('daily', 'weekly', 'brief')]), [], 'hover text');
  assert.equal(markdown.links.length, 4, 'links only to the three other appearances and the one of the wider passage');
  await assertReadingOrder(ctx.page, `${HOVER} li`, 'brief', ', line', 'hover link to 04 brief…');
  ctx.log(`screenshot: ${await ctx.screenshot('hover')}`);
  await ctx.page.mouse.move(5, 5);
}

async function treeViews(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.activitybar .action-item .action-label[aria-label^="Reprint Lens"]').click();
  const clusters = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Reused Passages"]') });
  const markdownRow = clusters.locator('.monaco-list-row', { hasText: 'Council members wrote [press here](command:workbench.action.openSettings)' });
  await markdownRow.waitFor({ timeout: 30_000 });
  await expand(markdownRow);
  await clusters.locator('.monaco-list-row', { hasText: '04 brief' }).first().waitFor({ timeout: 10_000 });
  const articles = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Articles"]') });
  const header = articles.locator('.pane-header');
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const briefRow = articles.locator('.monaco-list-row', { hasText: '04 brief' }).first();
  await briefRow.waitFor({ timeout: 10_000 });
  await expand(briefRow);
  await articles.locator('.monaco-list-row', { hasText: /^from / }).first().waitFor({ timeout: 10_000 });

  const trees = await audit(page, '.pane-body .monaco-list-rows');
  assertInert(trees, 'tree views', ['a']); // label names are drawn in <a> without a target
  const labels = [
    ...[FILES.wire, FILES.daily, FILES.weekly, FILES.brief].map(noExt),
    "The harbour authority said on Monday that <img src=x onerror=\"alert('img');docu",
    "“We will not let <script>alert('script');document.title='pwned-script';window.pw",
    'Council members wrote [press here](command:workbench.action.openSettings) and !',
  ];
  assert.deepEqual(missing(trees.text, labels), [], 'tree labels');
  ctx.log(`tree rows: ${shown(trees.text).slice(0, 400)}…`);
  await assertReadingOrder(page, '.pane-body .monaco-list-row', '04 brief', 'similar', 'Reused Passages row of 04 brief…');
  await assertReadingOrder(page, '.pane-body .monaco-list-row', '04 brief', 'reused', 'Articles row of 04 brief…');
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('trees')}`);

  // A tooltip: the cluster's first appearance, 600 characters of it.
  const tip = await tooltipOf(ctx, markdownRow);
  assertInert(tip, 'tree tooltip', MARKDOWN_TAGS);
  assert.deepEqual(missing(tip.text, [...PASSAGE_PAYLOADS.markdown, FILES.wire]), [], 'tree tooltip text');
  const articleTip = await tooltipOf(ctx, briefRow);
  assertInert(articleTip, 'Articles tooltip', MARKDOWN_TAGS);
  assert.deepEqual(missing(articleTip.text, [TITLES.brief, FILES.brief]), [], 'Articles tooltip text');
  ctx.log(`screenshot: ${await ctx.screenshot('tree-tooltip')}`);
  await page.mouse.move(5, 5);
}

async function expand(row: Locator): Promise<void> {
  const twistie = row.locator('.monaco-tl-twistie.collapsed');
  if (await twistie.count()) await twistie.click();
}

/**
 * Rests the mouse on the start of a row or item until its tooltip shows; returns the audit of
 * the tooltip. (Playwright's hover() would scroll the long label sideways inside its row.)
 */
async function tooltipOf(ctx: UiContext, target: Locator) {
  const tip = '.workbench-hover-container:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .monaco-hover-content';
  for (let attempt = 0; attempt < 5; attempt++) {
    await ctx.page.mouse.move(5, 5);
    await ctx.page.waitForTimeout(200);
    const box = (await target.boundingBox())!;
    await ctx.page.mouse.move(box.x + Math.min(80, box.width / 2), box.y + box.height / 2, { steps: 3 });
    if (await ctx.page.locator(tip).first().waitFor({ timeout: 3000 }).then(() => true, () => false)) return audit(ctx.page, tip);
  }
  throw new Error('no tooltip');
}

async function lensAndStatus(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await quickOpen(ctx, 'daily');
  // daily took from wire: its lenses name wire, whose file name holds "$(flame)".
  const lens = page.locator('.contentWidgets .codelens-decoration', { hasText: 'first in 01 <img' });
  await lens.first().waitFor({ timeout: 30_000 });
  const lenses = await audit(page, '.contentWidgets .codelens-decoration');
  assertInert(lenses, 'CodeLens', ['a']);
  assert.deepEqual(missing(lenses.text, [`first in ${noExt(FILES.wire)}:`]), [], `CodeLens titles: ${lenses.text}`);
  ctx.log(`CodeLens: ${shown(lenses.text)}`);

  const status = page.locator('.statusbar-item', { hasText: /reused · / }).first();
  await status.waitFor({ timeout: 30_000 });
  const tip = await tooltipOf(ctx, status);
  assertInert(tip, 'status bar tooltip', MARKDOWN_TAGS);
  assert.deepEqual(missing(tip.text, [noExt(FILES.daily), `from ${noExt(FILES.wire)}:`]), [], `status tooltip: ${tip.text}`);
  assertInert(await audit(page, '.statusbar .statusbar-item'), 'status bar', ['a']);
  ctx.log(`screenshot: ${await ctx.screenshot('codelens-status')}`);
  await page.mouse.move(5, 5);
}

/** Opens a workspace file by part of its name through Quick Open (Ctrl+P). */
async function quickOpen(ctx: UiContext, part: string): Promise<void> {
  const { page } = ctx;
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(part);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: part }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: part }).waitFor({ timeout: 10_000 });
}

/** Waits for a notification holding `text`, audits the notifications and clears them. */
async function notification(ctx: UiContext, text: string, mustShow: string) {
  const { page } = ctx;
  await page.locator('.notifications-toasts .notification-toast', { hasText: text }).first().waitFor({ timeout: 30_000 });
  const seen = await audit(page, '.notifications-toasts .notification-list-item');
  // A notification turns [label](command:…) into a link that runs the command on a click.
  assertInert(seen, `notification "${text}"`, ['a'], (t) => t === '' || !/^(command|javascript|https?):/i.test(t));
  assert.deepEqual(missing(seen.text, [mustShow]), [], `notification text: ${seen.text}`);
  ctx.log(`notification: ${shown(seen.text).slice(0, 200)}`);
  return seen;
}

async function clearNotifications(ctx: UiContext): Promise<void> {
  await runCommandWhenReady(ctx, 'Notifications: Clear All Notifications');
  await ctx.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
}

async function resultsAndNotifications(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.tabs-container .tab', { hasText: 'wire' }).click();
  await ctx.revealText(UNIQUE_LINE.slice(0, 40));
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await runCommandWhenReady(ctx, 'Reprint Lens: Find Reprints of Selection');
  await notification(ctx, 'not found in other articles', UNIQUE_LINE.slice(0, 54));
  ctx.log(`screenshot: ${await ctx.screenshot('notification')}`);
  await clearNotifications(ctx);

  await runCommandWhenReady(ctx, 'Reprint Lens: Show Quote Origins');
  const results = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Results"]') });
  await results.locator('.monaco-list-row', { hasText: 'Quote origins in 01 <img' }).waitFor({ timeout: 30_000 });
  await results.locator('.monaco-list-row', { hasText: 'Council members wrote [press here]' }).first().waitFor({ timeout: 10_000 });
  const seen = await audit(page, '.pane-body .monaco-list-rows');
  assertInert(seen, 'Results view', ['a']);
  assert.deepEqual(missing(seen.text, [
    `“${UNIQUE_LINE.slice(0, 59)}…”`,
    `Quote origins in ${noExt(FILES.wire)}`,
    "We will not let <script>alert('script');document.title='pwned-script';window.pw",
  ]), [], 'Results rows');
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('results')}`);

  // An article sharing nothing, named with a command link: two commands name it in a notification.
  await quickOpen(ctx, 'lone');
  // The tab turns active in the page before the extension host hears of it; a command run in
  // between would still act on 01 wire. The status bar item follows the host's active editor.
  await page.locator('.statusbar-item', { hasText: 'no reuse found' }).first().waitFor({ timeout: 30_000 });
  await runCommandWhenReady(ctx, 'Reprint Lens: Show Quote Origins');
  await notification(ctx, 'no reused quotes or passages', FILES.lone);
  await clearNotifications(ctx);
  await runCommandWhenReady(ctx, 'Reprint Lens: Compare Article with Its Origins');
  await notification(ctx, 'no other article shares text', noExt(FILES.lone));
  await clearNotifications(ctx);
}

async function comparison(ctx: UiContext, watch: ExecutionWatch): Promise<void> {
  const { page } = ctx;
  await page.locator('.tabs-container .tab', { hasText: 'wire' }).click();
  const { frame } = await compareFromPalette(ctx, ['02 "daily"', "03 ${alert('file-c')}", '04 brief'], async () => {
    const list = await audit(page, '.quick-input-list .monaco-list-rows');
    assertInert(list, 'Compare Sources list', ['a']);
    const all = Object.values(FILES);
    assert.deepEqual(missing(list.text, [...all, ...Object.values(TITLES)]), [], `the list names every article and its title: ${list.text}`);
    ctx.log(`screenshot: ${await ctx.screenshot('compare-list')}`);
  });
  await watch.probe(frame);
  // The list's OK button sits under the title bar's search box: leave it, and its tooltip, behind.
  await page.mouse.move(700, 650, { steps: 3 });
  await page.locator('.context-view .hover-contents').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);

  const tab = await audit(page, '.tabs-container .tab.active');
  assertInert(tab, 'comparison tab', ['a']);
  assert.deepEqual(missing(tab.text, [`${noExt(FILES.wire)} ↔ ${noExt(FILES.daily)} +2 more`]), [], `tab title: ${tab.text}`);

  // Side by side, against 04 brief (whose name holds U+202E).
  await frame.locator('#against-select').selectOption(FILES.brief);
  await waitInFrame(frame, `document.querySelector('.summary')?.textContent.includes('brief')`);
  await checkView(frame, 'side by side', '.row .cell.left .text', ALL_PAYLOADS);
  const options = (await frame.evaluate(`[...document.querySelectorAll('option')].map((o) => o.text + ' | ' + o.title).join('\\n')`)) as string;
  assert.deepEqual(missing(options, [...[FILES.wire, FILES.daily, FILES.weekly, FILES.brief], ...Object.values(TITLES)]), [], `source lists: ${options}`);
  await assertReadingOrder(frame, '.summary', 'brief', 'also found in', 'comparison summary');
  ctx.log(`screenshot: ${await ctx.screenshot('compare-pair')}`);

  // Reused passages: the Markdown passage, found in all four.
  await frame.locator('.segmented button', { hasText: 'Reused passages' }).click();
  await frame.locator('#passage-select').waitFor();
  const value = (await frame.evaluate(`[...document.querySelectorAll('#passage-select option')].find((o) => o.text.includes('in 4 sources'))?.value`)) as string;
  await frame.locator('#passage-select').selectOption(value);
  await waitInFrame(frame, `document.querySelectorAll('.version').length === 4`);
  await checkView(frame, 'reused passages', '.version.origin .text', PASSAGE_PAYLOADS.markdown);
  await assertReadingOrder(frame, '.version', 'brief', 'line', 'passage heading of 04 brief…');
  ctx.log(`screenshot: ${await ctx.screenshot('compare-passages')}`);

  await frame.locator('.segmented button', { hasText: 'Columns' }).click();
  await waitInFrame(frame, `document.querySelectorAll('table.columns th').length === 4`);
  await checkView(frame, 'columns', 'table.columns td:first-child .text', PASSAGE_PAYLOADS.markdown);
  const heads = (await frame.evaluate(`[...document.querySelectorAll('table.columns th')].map((e) => e.textContent + ' | ' + e.title).join('\\n')`)) as string;
  assert.deepEqual(missing(heads, [TITLES.wire, TITLES.daily, TITLES.weekly, TITLES.brief, FILES.brief]), [], `column heads: ${heads}`);
  await assertReadingOrder(frame, 'table.columns th', 'brief', 'line', 'column head of 04 brief…');
  ctx.log(`screenshot: ${await ctx.screenshot('compare-columns')}`);
}

/**
 * The comparison page holds only its own app and script, nothing from the text but text; the
 * wire article's text, put together from the elements `textSelector` picks (its side of every
 * row, in order), holds the payloads.
 */
async function checkView(frame: Frame, mode: string, textSelector: string, payloads: readonly string[]): Promise<void> {
  const app = await audit(frame, '#app');
  assertInert(app, `comparison (${mode})`, ['button', 'input', 'del', 'ins', 'strong']);
  const inputs = (await frame.evaluate(`[...document.querySelectorAll('#app input')].map((i) => i.type).join(',')`)) as string;
  assert.match(inputs, /^(checkbox,?)+$/, 'the only inputs are the option boxes');
  const body = (await frame.evaluate(`[...document.body.children].map((e) => e.tagName + (e.id ? '#' + e.id : '') + (e.nonce ? '[nonce]' : '')).join(' ')`)) as string;
  assert.equal(body, 'DIV#app SCRIPT[nonce]', 'the page body holds the app and its one script');
  const text = (await frame.evaluate(`[...document.querySelectorAll(${JSON.stringify(textSelector)})].map((e) => e.textContent).join('')`)) as string;
  assert.deepEqual(missingInRows(text, payloads), [], `${mode}: payloads read as text in ${shown(text)}`);
}

async function report(ctx: UiContext, watch: ExecutionWatch, restricted: boolean): Promise<void> {
  const { page } = ctx;
  const outDir = mkdtempSync(path.join(tmpdir(), 'reprint-lens-ui-hostile-'));
  const out = path.join(outDir, 'hostile-report.html');
  try {
    await runCommandWhenReady(ctx, 'Reprint Lens: Export Reuse Report…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction("document.querySelector('.quick-input-widget input')?.value.endsWith('.html')", undefined, { timeout: 10_000 });
    await input.fill(out);
    const widget = page.locator('.quick-input-widget');
    for (let attempt = 0; attempt < 5 && (await widget.isVisible()); attempt++) {
      await page.waitForTimeout(500);
      await widget.getByRole('button', { name: 'OK' }).click({ timeout: 2000 }).catch(() => undefined);
      await widget.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
    }
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'hostile-report.html' }).first().waitFor({ timeout: 30_000 });
    assert.deepEqual(readdirSync(outDir), ['hostile-report.html']);
    assert.ok(!existsSync(path.join(ctx.repoRoot, FOLDER, 'hostile-report.html')));

    const reader = await watch.newPage();
    await reader.setViewportSize({ width: 1300, height: 900 });
    await reader.goto(`file://${out}`);
    await reader.waitForTimeout(500);
    const body = await audit(reader, 'body');
    // The report draws its figure (svg with title tooltips), marks and links within the page.
    assertInert(body, 'report', ['svg', 'title', 'a', 'del', 'ins', 'blockquote', 'strong'], (t) => t.startsWith('#'));
    assert.deepEqual(missing(body.allText, [...ALL_PAYLOADS, ...Object.values(FILES), ...Object.values(TITLES)]), [], 'report text');
    const head = (await reader.evaluate(`[...document.head.children].map((e) => e.tagName).join(' ')`)) as string;
    assert.match(head, /^(META )+TITLE STYLE$/, `the head holds only its metadata, title and style sheet: ${head}`);
    await assertReadingOrder(reader, 'tr.head td', 'brief', ', line', 'report line of 04 brief…');
    // Named as ctx.screenshot names its own (vsix- in a run against the packaged extension).
    const installed = existsSync(ctx.server.extensionsDir) && readdirSync(ctx.server.extensionsDir).some((n) => n.startsWith('reprint-lens'));
    const shot = path.join(testResultsDir, `${installed ? 'vsix-' : ''}hostileText${restricted ? 'Restricted' : ''}-report.png`);
    await reader.screenshot({ path: shot, fullPage: true });
    ctx.log(`screenshot: ${shot}`);
    await watch.assertQuiet('report page');
    await reader.close();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
