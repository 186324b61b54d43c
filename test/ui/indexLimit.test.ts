// A workspace with more article files than reprintLens.maxFiles: nothing is indexed, and the
// message says why and leads to the setting.
import type { UiContext, UiTestOptions } from '../harness';
import { runCommandWhenReady } from './sharedSteps';

export const options: UiTestOptions = {
  machineSettings: { 'workbench.startupEditor': 'none', 'reprintLens.maxFiles': 3 },
  timeoutMs: 180_000,
};

export async function run(ctx: UiContext): Promise<void> {
  const { page, assert } = ctx;
  await runCommandWhenReady(ctx, 'Reprint Lens: Rebuild Reuse Index');
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'more than 3 article files' });
  await toast.first().waitFor({ timeout: 60_000 });
  const text = (await toast.first().innerText()).replace(/\s+/g, ' ');
  ctx.log(`notification: ${text}`);
  assert.match(text, /this workspace has more than 3 article files \(the reprintLens\.maxFiles setting\), so it was not indexed/);
  // Once the progress toast has gone and this one has faded in.
  await page.locator('.notifications-toasts .notification-toast', { hasText: 'indexing articles' }).first().waitFor({ state: 'hidden', timeout: 10_000 });
  await page.waitForTimeout(800);
  ctx.log(`screenshot: ${await ctx.screenshot('limit-message')}`);
  // Its button opens the setting.
  await toast.first().getByRole('button', { name: 'Open Settings' }).click();
  const setting = page.locator('.settings-editor .setting-item-contents', { hasText: 'Max Files' });
  await setting.first().waitFor({ timeout: 20_000 });
  ctx.log(`screenshot: ${await ctx.screenshot('limit-setting')}`);
  assert.match(await setting.first().innerText(), /not indexed/);
}
