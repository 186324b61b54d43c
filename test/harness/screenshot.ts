// Screenshots go to <repo>/test-results/ (gitignored), named by the caller.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { testResultsDir } from './paths';

/** Saves a PNG of the whole window and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(testResultsDir, { recursive: true });
  const file = path.join(testResultsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}
