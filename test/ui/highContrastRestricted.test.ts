// High-contrast theme and Restricted Mode: the extension declares untrusted-workspace
// support, so hovers and the comparison must work without trust.
import * as assert from 'node:assert/strict';
import type { UiContext, UiTestOptions } from '../harness';
import { A002, A003, chooseTheme, compareFromPalette } from './sharedSteps';

export const options: UiTestOptions = {
  openFile: `examples/kazakhstan-2022/${A002}`,
  trust: false,
  machineSettings: { 'workbench.startupEditor': 'none', 'editor.wordWrap': 'on' },
  timeoutMs: 180_000,
};

export async function run(ctx: UiContext): Promise<void> {
  const { page } = ctx;
  await page.locator('.monaco-editor .view-line', { hasText: 'Andre Ismagambet' }).first().waitFor({ timeout: 30_000 });
  await page.getByText('Restricted Mode').first().waitFor({ timeout: 20_000 });
  await chooseTheme(ctx, 'Dark High Contrast');
  await page.locator('.monaco-editor .view-line', { hasText: 'Andre Ismagambet' }).first().click();

  await ctx.revealText('trained abroad');
  let card = '';
  // The first hover may come before the extension has loaded; try again for a while.
  for (let i = 0; i < 5 && !card.includes('Reprint Lens'); i++) {
    card = await ctx.hover('trained abroad').catch(() => '');
    if (!card.includes('Reprint Lens')) await page.waitForTimeout(1000);
  }
  assert.match(card, /First appeared in/);
  ctx.log(`screenshot: ${await ctx.screenshot('hc-restricted-hover')}`);

  const { frame } = await compareFromPalette(ctx, [A003]);
  assert.ok((await frame.locator('del').count()) > 0 && (await frame.locator('ins').count()) > 0);
  const body = (await frame.evaluate(`document.body.className`)) as string;
  assert.match(body, /vscode-high-contrast/);
  await frame.locator('.summary').click();
  await page.keyboard.press('n');
  await page.mouse.move(5, 5);
  ctx.log(`screenshot: ${await ctx.screenshot('hc-restricted-compare')}`);
}
