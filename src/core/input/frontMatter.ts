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
  const fm = /^---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.exec(text);
  if (fm) {
    body = text.slice(fm[0].length);
    for (const line of fm[1].split(/\r\n|\r|\n/)) {
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

/**
 * An ISO date (with an optional time) that exists on the calendar, or null: `2022-13-45`,
 * `24:00` or a five-digit year would otherwise sort as dates and decide "first appeared".
 */
export function parseDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?![\d:])/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return null;
  if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] !== undefined ? `:${m[6]}` : ''}`;
}

/** Shortens to at most `max` UTF-16 units without cutting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}
