// Indexing a large folder as a person sees it: the notification counts files read and pairs
// aligned, and its Cancel button stops the build at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import type { UiContext, UiTestOptions } from '../harness';
import { generateCorpus } from '../../bench/gen/generate';
import { runCommandWhenReady } from './sharedSteps';

// 3,000 generated news articles: large enough that reading and aligning them takes seconds.
const folder = mkdtempSync(join(tmpdir(), 'reprint-lens-ui-large-'));
generateCorpus({ size: 3000, seed: 4, outDir: folder });

export const options: UiTestOptions = {
  folder,
  machineSettings: { 'workbench.startupEditor': 'none' },
  timeoutMs: 300_000,
};

/** The toast of the indexing notification. */
function indexingToast(ctx: UiContext): Locator {
  return ctx.page.locator('.notifications-toasts .notification-toast', { hasText: 'Reprint Lens: indexing articles' });
}

/** Waits until the toast's text matches `pattern`; returns that text. */
async function toastSays(ctx: UiContext, toast: Locator, pattern: RegExp, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = (await toast.first().innerText().catch(() => '')).replace(/\s+/g, ' ');
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`the notification never said ${pattern} (last: "${text}")`);
    await ctx.page.waitForTimeout(50);
  }
}

export async function run(ctx: UiContext): Promise<void> {
  try {
    const { page } = ctx;
    await runCommandWhenReady(ctx, 'Reprint Lens: Rebuild Reuse Index');
    const toast = indexingToast(ctx);
    await toast.first().waitFor({ timeout: 60_000 });

    const reading = await toastSays(ctx, toast, /reading files: [\d,]{3,} of 3,000/);
    ctx.log(`notification: ${reading}`);
    ctx.log(`screenshot: ${await ctx.screenshot('reading-files')}`);
    const aligning = await toastSays(ctx, toast, /aligning 3,000 articles: [\d,]+ pairs aligned/);
    ctx.log(`notification: ${aligning}`);
    ctx.log(`screenshot: ${await ctx.screenshot('aligning')}`);

    // Cancel as a person does: the notification's own button.
    const cancel = toast.first().getByRole('button', { name: 'Cancel' });
    await cancel.click();
    const clickedAt = Date.now();
    // The build has stopped when the extension says so (it does after the build's promise settles).
    const told = page.locator('.notifications-toasts .notification-toast', { hasText: 'indexing cancelled' });
    await told.first().waitFor({ timeout: 10_000 });
    const latency = Date.now() - clickedAt;
    await toast.first().waitFor({ state: 'hidden', timeout: 10_000 });
    ctx.log(`Cancel clicked to "indexing cancelled" shown: ${latency} ms`);
    await page.waitForTimeout(800); // the toast fades in
    ctx.log(`screenshot: ${await ctx.screenshot('cancelled')}`);
    ctx.assert.ok(latency < 5000, `the build stopped ${latency} ms after Cancel (a bound against hangs)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
