import { isolateBidi } from '../../core/report/bidi';

/**
 * Untrusted text as Markdown that renders as exactly that text, for hover cards and tree
 * tooltips. `MarkdownString.appendText` is not enough for article text: it leaves `&`, `:`,
 * `.` and `@` alone, so `&lt;b&gt;` shows as `<b>`, an `<!--` hides the rest of the line, and
 * a bare `http://…` or `www.…` in an article becomes a link (whose label then shows stray
 * backslashes). Every ASCII punctuation character is escaped here with a backslash, which
 * CommonMark allows for all of them, so no HTML, entity, link, autolink or list can start;
 * runs of spaces stay spaces (`&nbsp;`, as appendText does) and a line break starts a new
 * paragraph. Bidi controls are kept inside the text (see isolateBidi).
 */
export function markdownText(text: string): string {
  return isolateBidi(text)
    .replace(/[!-/:-@[-`{-~]/g, '\\$&')
    .replace(/[ \t]/g, '&nbsp;')
    .replace(/\r\n|\r|\n/g, '\n\n');
}
