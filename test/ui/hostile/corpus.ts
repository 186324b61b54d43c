// The hostile folder (test/fixtures/hostile-editor) as the hostile-text UI tests see it: its
// file names, titles and the payloads its reused passages carry. Every payload is checked to
// be in the folder's files (checkCorpus), so a fixture edit cannot quietly drop one.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const FOLDER = 'test/fixtures/hostile-editor';

/** The loopback port the payloads try to reach (img src, script src, link href, CSS url(), meta refresh, form action, iframe, Markdown image). */
export const BEACON_PORT = 47613;

/** The five articles. `brief` holds U+202E RIGHT-TO-LEFT OVERRIDE: it ends in .txt but shows as "…txt.doc". */
export const FILES = {
  wire: "01 <img src=x onerror=alert('file-a')> $(flame) wire.txt",
  daily: `02 "daily" & 'herald' <svg onload=alert('file-b')> $(flame).md`,
  weekly: "03 ${alert('file-c')} {{7*7}} [open](command:workbench.action.openSettings) weekly.txt",
  brief: '04 brief\u202ecod.txt',
  lone: '05 [settings](command:workbench.action.openSettings) lone.txt',
} as const;

/** Titles: from front matter (wire), a Markdown heading (daily) and first lines (weekly, brief). */
export const TITLES = {
  wire: "<script>alert('fm-title')</script> Harbour [deal](command:workbench.action.openSettings) ${alert('fm-tpl')} {{7*7}} $(flame)",
  daily: "<img src=x onerror=alert('md-title')> Port expansion [approved](command:workbench.action.openSettings)",
  weekly: "</textarea></style></title><script>alert('title-c')</script> Harbour week in review ${document.title='pwned-tpl'}",
  brief: 'Notes from the quay <!-- not a comment --> &lt;b&gt;not bold&lt;/b&gt; \u202eesrever',
} as const;

const B = `http://127.0.0.1:${BEACON_PORT}`;

/** Payloads inside passages that are reused between the articles, as they must read on screen. */
export const PASSAGE_PAYLOADS = {
  /** Passage in wire, daily and weekly. */
  harbour: [
    `<img src=x onerror="alert('img');document.title='pwned-img';window.pwned='img'">`,
    `<a href="javascript:alert('a-href')">the published plan</a>`,
  ],
  /** Quote in wire, daily and brief. */
  quote: [
    `<script>alert('script');document.title='pwned-script';window.pwned='script'</script>`,
    '&lt;b&gt;now&lt;/b&gt;',
  ],
  /** Passage in wire and weekly: every way of fetching the beacon. */
  beacons: [
    `<img src="${B}/img-src">`,
    `<script src="${B}/script-src"></script>`,
    `<link rel="stylesheet" href="${B}/link-href">`,
    `<div style="background:url(${B}/css-url)">to</div>`,
    `<meta http-equiv="refresh" content="0;url=${B}/meta-refresh">`,
    `<form action="${B}/form-action"><input type="submit" value="the mayor"></form>`,
    `<iframe src="${B}/iframe"></iframe>`,
    `<style>body{background:url(${B}/style-url)}</style>`,
  ],
  /** Passage in all four related articles: Markdown, command links and template syntax. */
  markdown: [
    '[press here](command:workbench.action.openSettings)',
    `![beacon](${B}/md-image)`,
    '<!-- a comment -->',
    "${alert('template')}",
    '{{7*7}}',
    '$(flame)',
    "[run it](javascript:alert('md-link'))",
    '[trusted?](command:reprintLens.openAppearance?%5B%22x%22%2C0%2C1%5D)',
    '**bold**',
    '</textarea></style></title>',
  ],
} as const;

/** A line of wire found in no other article: Find Reprints says so in a notification. */
export const UNIQUE_LINE = '[Open settings](command:workbench.action.openSettings) was chalked on a placard at the quay gate.';

/** Every passage payload in one list. */
export const ALL_PAYLOADS: readonly string[] = Object.values(PASSAGE_PAYLOADS).flat();

/**
 * Text as read back from a page, for comparing with the payloads: the invisible characters
 * the extension adds to keep text inert (U+200B after `$` and `]`, U+2068/U+2069 around bidi
 * controls) are dropped, no-break spaces become spaces and white space is collapsed.
 */
export function shown(text: string): string {
  return text.replace(/[\u200b\u2068\u2069]/g, '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

/** Payloads from `list` missing in `text` (compared as shown()). */
export function missing(text: string, list: readonly string[]): string[] {
  const t = shown(text);
  return list.filter((p) => !t.includes(shown(p)));
}

/**
 * The same, blind to white space: for text put together from the rows of a comparison, where
 * each row shows its sentence without the spaces between sentences.
 */
export function missingInRows(text: string, list: readonly string[]): string[] {
  const t = shown(text).replace(/\s/g, '');
  return list.filter((p) => !t.includes(shown(p).replace(/\s/g, '')));
}

/** Throws unless every name, title and payload above is in the folder as the tests expect. */
export function checkCorpus(repoRoot: string): void {
  const dir = path.join(repoRoot, FOLDER);
  const names = readdirSync(dir).sort();
  const expected = Object.values(FILES).sort();
  if (names.join('\n') !== expected.join('\n')) throw new Error(`${FOLDER} holds ${JSON.stringify(names)}, expected ${JSON.stringify(expected)}`);
  const texts = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readFileSync(path.join(dir, f), 'utf8')]));
  for (const p of ALL_PAYLOADS) if (!texts.wire.includes(p)) throw new Error(`wire lacks the payload ${p}`);
  for (const p of PASSAGE_PAYLOADS.markdown) if (![texts.daily, texts.weekly, texts.brief].every((t) => t.includes(p))) throw new Error(`a related article lacks ${p}`);
  for (const [k, t] of Object.entries(TITLES)) if (!texts[k].includes(t)) throw new Error(`${k} lacks its title ${t}`);
  if (!texts.wire.includes(UNIQUE_LINE)) throw new Error('wire lacks its unique line');
}
