// Things a person does in the workbench, done through Playwright.
import type { Frame, Page } from 'playwright-core';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for the workbench shell to be on screen. */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
}

/**
 * Answers the workspace-trust prompt, which comes a few seconds after the workbench shows.
 * trust=false chooses Restricted Mode. Returns false if no prompt came within timeoutMs.
 */
export async function answerTrustPrompt(page: Page, trust: boolean, timeoutMs = 20_000): Promise<boolean> {
  const name = trust ? /Yes, I trust the authors/ : /No, I don.t trust the authors/;
  const button = page.getByRole('button', { name });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await button.first().isVisible().catch(() => false)) {
      await button.first().click();
      return true;
    }
    await sleep(250);
  }
  return false;
}

/** Runs a command by its title from the command palette (F1, type, Enter). */
export async function runCommand(page: Page, title: string, timeoutMs = 10_000): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${title}`);
  // Enter runs the focused row, so wait until the row holding the title has the focus.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title })
    .waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
}

/**
 * Scrolls the active editor to the first match of `text` with the find widget and closes it.
 * Only rendered lines are in the DOM, so do this before hovering text further down a file.
 */
export async function revealText(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+F');
  const find = page.locator('.find-widget textarea, .find-widget input').first();
  await find.waitFor({ state: 'visible' });
  await find.fill(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/**
 * Browser-side code, kept as plain JavaScript text: a transpiled function would carry helper
 * calls (tsx's `__name`) that do not exist in the page. Returns a point on the first visible
 * occurrence of the phrase in an editor line, or null.
 */
const locatePhraseSource = `function (wanted) {
  for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
    // The line's text nodes with their offsets; Monaco draws spaces as no-break spaces.
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
    const at = text.replace(/\\u00a0/g, ' ').indexOf(wanted);
    if (at < 0) continue;
    function locate(offset) {
      let i = nodes.length - 1;
      while (i > 0 && nodes[i][1] > offset) i--;
      return [nodes[i][0], offset - nodes[i][1]];
    }
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    const box = range.getClientRects()[0];
    if (box) return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
  }
  return null;
}`;

/**
 * Moves the mouse onto the first visible occurrence of `phrase` in an editor and returns
 * the text of the hover that appears. Throws if the phrase is not on screen or no hover shows.
 */
export async function hoverText(page: Page, phrase: string, timeoutMs = 10_000): Promise<string> {
  const point = (await page.evaluate(`(${locatePhraseSource})(${JSON.stringify(phrase)})`)) as { x: number; y: number } | null;
  if (!point) throw new Error(`"${phrase}" is not on screen in any editor`);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
  // Hover again until one shows: the extension's hover provider may not be registered yet.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.mouse.move(0, 0); // leave any earlier hover first
    await page.mouse.move(point.x, point.y, { steps: 5 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: Math.min(2000, Math.max(1, deadline - Date.now())) });
      return (await hover.allInnerTexts()).join('\n');
    } catch (e) {
      if (Date.now() >= deadline) throw new Error(`no hover over "${phrase}" within ${timeoutMs} ms`);
    }
  }
}

/**
 * The frame holding a webview's own HTML. Webviews are an iframe inside an iframe; the inner
 * one has the extension's DOM. With `selector`, waits for a webview whose DOM has a match.
 */
export async function webviewFrame(page: Page, selector?: string, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const innermost = page.frames().filter((f) =>
      f !== page.mainFrame() && f.childFrames().length === 0 && f.parentFrame() !== page.mainFrame());
    for (const frame of innermost) {
      if (!selector || (await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
    }
    await sleep(250);
  }
  throw new Error(`no webview${selector ? ` containing ${selector}` : ''} within ${timeoutMs} ms`);
}
