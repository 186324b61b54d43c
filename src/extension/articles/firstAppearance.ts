import type { FirstAppearanceRule } from '../config';

// Same block the core reads: `---` lines at the very top.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const DATE_LINE = /^date\s*:.*$/gim;

/**
 * Prepares article text for the core under the user's "first appearance" rule.
 *
 * The core ranks articles by the `date:` line of their front matter, then by path. For the
 * "path" rule the date lines are blanked with spaces of the same length, so the core falls
 * back to path order while every offset still points at the same character of the file.
 */
export function applyFirstAppearanceRule(text: string, rule: FirstAppearanceRule): string {
  if (rule === 'date-then-path') return text;
  const m = FRONT_MATTER.exec(text);
  if (!m) return text;
  const blanked = m[0].replace(DATE_LINE, (line) => ' '.repeat(line.length));
  return blanked + text.slice(m[0].length);
}
