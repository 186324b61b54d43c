// Steps shared by the Reprint Lens UI tests (not a test file itself).
import type { Frame } from 'playwright-core';
import type { UiContext } from '../harness';

export const A002 = '002_f746b196c47e67ff.txt';
export const A003 = '003_9da7962be26feba9.txt';
export const A004 = '004_8fba14ac2590a363.txt';

/**
 * Runs a command from the palette (returning when the successful attempt began), trying again
 * while the workbench is still loading the extension under development (its commands reach
 * the palette a little after start-up).
 */
export async function runCommandWhenReady(ctx: UiContext, title: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const started = Date.now();
    try {
      await ctx.runCommand(title);
      return started;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await ctx.page.keyboard.press('Escape');
      await ctx.page.waitForTimeout(1000);
    }
  }
}

/**
 * Compare Sources from the palette with the active article (pre-ticked) and `others` ticked
 * in the list; returns the webview frame once it shows changed rows, and the timings.
 * `inspectList`, when given, looks at the open list before anything is ticked.
 */
export async function compareFromPalette(
  ctx: UiContext,
  others: readonly string[],
  inspectList?: () => Promise<void>,
): Promise<{ frame: Frame; listMs: number; renderMs: number }> {
  const tCommand = await runCommandWhenReady(ctx, 'Reprint Lens: Compare Sources');
  const rows = ctx.page.locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor({ timeout: 30_000 });
  const listMs = Date.now() - tCommand;
  await inspectList?.();
  // Tick each article and check the tick took (a click can be lost while the list settles).
  for (const name of others) {
    const box = rows.filter({ hasText: name }).locator('.monaco-checkbox').first();
    for (let attempt = 0; attempt < 5 && !(await isTicked(box)); attempt++) {
      // The previous checkbox's tooltip can cover this one: move away and let it close first.
      await ctx.page.mouse.move(5, 5);
      await ctx.page.locator('.context-view .hover-contents').first().waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
      await box.click({ timeout: 3000 }).catch(() => undefined);
      await ctx.page.waitForTimeout(150);
    }
    ctx.assert.ok(await isTicked(box), `${name} is ticked in the list`);
  }
  const tAccept = Date.now();
  // Accept with the OK button, as a person would, until the list has closed.
  const widget = ctx.page.locator('.quick-input-widget');
  for (let attempt = 0; attempt < 5 && (await widget.isVisible()); attempt++) {
    const ok = widget.getByRole('button', { name: 'OK' });
    if (await ok.isVisible()) await ok.click();
    else await ctx.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
  }
  const frame = await ctx.webview('.row');
  return { frame, listMs, renderMs: Date.now() - tAccept };
}

/** Switches the colour theme through Preferences: Color Theme, as a person would (tried up to three times: the palette can be slow to fill just after start-up). */
export async function chooseTheme(ctx: UiContext, theme: string): Promise<void> {
  const page = ctx.page;
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    try {
      // Not ctx.runCommand: "Browse Color Themes in Marketplace" comes first in the palette.
      await page.keyboard.press('F1');
      await input.fill('>Preferences: Color Theme');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: /^Preferences: Color Theme/ }).first().click({ timeout: 10_000 });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Light Modern' }).first().waitFor({ timeout: 10_000 });
      await input.fill(theme);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: theme }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
    }
  }
}

/** Polls a browser-side expression in a frame until it is truthy (waitForFunction would need eval, which the view's CSP forbids). */
export async function waitInFrame(frame: Frame, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await frame.evaluate(expression).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether a quick-pick checkbox is ticked. */
async function isTicked(box: import('playwright-core').Locator): Promise<boolean> {
  const state = (await box.getAttribute('aria-checked')) ?? '';
  const cls = (await box.getAttribute('class')) ?? '';
  return state === 'true' || /\bchecked\b/.test(cls);
}
