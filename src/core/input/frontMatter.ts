/** What the top of an article says about itself. */
export interface ArticleHeader {
  readonly title: string;
  /** ISO date (YYYY-MM-DD, optionally with time) from a `date:` front-matter line, or null. */
  readonly date: string | null;
}

/**
 * Reads an optional front-matter block (`---` lines at the very top) for `date:` and
 * `title:`; otherwise the title is the first non-empty line. Only the top of the file counts,
 * so a date quoted in the body never decides which article came first.
 */
export function readHeader(text: string): ArticleHeader {
  let title: string | null = null;
  let date: string | null = null;
  let body = text;
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    body = text.slice(fm[0].length);
    for (const line of fm[1].split(/\r?\n/)) {
      const m = /^(\w+)\s*:\s*(.*?)\s*$/.exec(line);
      if (!m) continue;
      const value = m[2].replace(/^["']|["']$/g, '');
      if (m[1].toLowerCase() === 'date') date = parseDate(value);
      if (m[1].toLowerCase() === 'title' && value) title = value;
    }
  }
  if (title === null) {
    const first = body.split(/\r\n|\r|\n/).find((l) => l.trim().length > 0) ?? '';
    title = first.trim().replace(/^#+\s*/, '');
  }
  return { title: clip(title, 200), date };
}

function parseDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(value);
  if (!m) return null;
  return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** Shortens to at most `max` UTF-16 units without cutting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}
