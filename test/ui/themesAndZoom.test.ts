// The comparison view with three sources in the dark theme: overview, base choice, the
// stacked versions of one passage, and the view at the size it has at 200% zoom.
import * as assert from 'node:assert/strict';
import type { UiContext, UiTestOptions } from '../harness';
import { A002, A003, A004, chooseTheme, compareFromPalette, waitInFrame } from './sharedSteps';

export const options: UiTestOptions = {
  openFile: `examples/kazakhstan-2022/${A002}`,
  machineSettings: { 'workbench.startupEditor': 'none' },
  timeoutMs: 180_000,
};

const HEADERS = `[...document.querySelectorAll('.grid-head .name')].map((c) => c.textContent)`;

export async function run(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.monaco-editor .view-line', { hasText: 'Andre Ismagambet' }).first().waitFor({ timeout: 30_000 });
  await chooseTheme(ctx, 'Dark Modern');
  const { frame, renderMs } = await compareFromPalette(ctx, [A003, A004]);
  ctx.log(`timing: three sources drawn ${renderMs} ms after accepting the list`);

  // Every other source against the base, in an overview table.
  const overview = (await frame.evaluate(`[...document.querySelectorAll('.overview tbody th')].map((c) => c.textContent)`)) as string[];
  assert.deepEqual(overview, [A003, A004]);
  assert.deepEqual(await frame.evaluate(HEADERS), [A002, A003]);
  await frame.locator('.overview button', { hasText: A004 }).click();
  assert.deepEqual(await frame.evaluate(HEADERS), [A002, A004]);
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('dark-three-sources')}`);

  // Another base: the host recomputes and the page redraws.
  await frame.selectOption('#base-select', A003);
  await waitInFrame(frame, `document.querySelector('.grid-head .name')?.textContent === ${JSON.stringify(A003)}`);
  assert.deepEqual(await frame.evaluate(`[...document.querySelectorAll('.overview tbody th')].map((c) => c.textContent)`), [A002, A004]);

  // One reused passage, all versions stacked against the first appearance.
  await frame.locator('.segmented button', { hasText: 'Reused passages' }).click();
  await frame.locator('.version').first().waitFor();
  const versions = (await frame.evaluate(
    `[...document.querySelectorAll('.version')].map((v) => ({ origin: v.classList.contains('origin'), meta: v.querySelector('.meta').textContent, marks: v.querySelectorAll('del, ins').length }))`,
  )) as { origin: boolean; meta: string; marks: number }[];
  ctx.log(`passage versions: ${JSON.stringify(versions)}`);
  assert.ok(versions.length >= 2);
  assert.ok(versions[0].origin && /First appearance/.test(versions[0].meta));
  assert.ok(versions.slice(1).every((v) => /% similar to the first/.test(v.meta)));
  ctx.log(`screenshot: ${await ctx.screenshot('dark-passage')}`);

  // 200% zoom: the same window at half the CSS pixels. Nothing may need sideways scrolling.
  await frame.locator('.segmented button', { hasText: 'Side by side' }).click();
  await frame.locator('.row').first().waitFor();
  await page.setViewportSize({ width: 700, height: 450 });
  await page.waitForTimeout(500);
  const overflow = (await frame.evaluate(
    `({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })`,
  )) as { scroll: number; client: number };
  assert.ok(overflow.scroll <= overflow.client + 1, `sideways overflow at 200%: ${JSON.stringify(overflow)}`);
  await frame.evaluate(`document.querySelector('.grid')?.scrollIntoView({ block: 'start' })`);
  await page.waitForTimeout(200);
  ctx.log(`screenshot: ${await ctx.screenshot('dark-zoom200')}`);
}
