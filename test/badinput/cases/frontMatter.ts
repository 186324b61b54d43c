// Front matter that is wrong: dates that do not exist, markup, huge numbers, object-key
// names. Dates the calendar does not know are ignored (null), never used to order articles.
import { REPRINT, REUSE, SOURCE, utf8, type Case } from '../model';

const withDate = (date: string, body: string, nl = '\n') => `---${nl}title: A reprint${nl}date: ${date}${nl}---${nl}${body.replace(/\n/g, nl)}`;

const badDates: [string, string][] = [
  ['month-13-day-45', '2022-13-45'],
  ['february-30', '2022-02-30'],
  ['not-leap', '2023-02-29'],
  ['month-zero', '2022-00-10'],
  ['hour-25', '2022-01-07T25:00'],
  ['minute-61', '2022-01-07T10:61'],
  ['script-tag', '<script>alert(1)</script>'],
  ['huge-year', '99999999999-01-01'],
  ['huge-number', '1e308'],
  ['negative', '-1'],
  ['empty', ''],
  ['words', 'yesterday'],
  ['short-form', '2022-1-7'],
  ['quoted-garbage', '"2022-13-45"'],
  ['template-injection', '{{constructor.constructor("alert(1)")()}}'],
];

export const frontMatterCases: Case[] = [
  ...badDates.map(([name, date]): Case => ({
    name: `front-matter-date-${name}`,
    about: `a front-matter date of ${JSON.stringify(date)} is ignored`,
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(withDate(date, REPRINT)) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': null } },
  })),
  {
    name: 'front-matter-valid-date-orders',
    about: 'a valid date is kept (and, being the only one, puts the reprint first)',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(withDate('2022-01-07', REPRINT)) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': '2022-01-07', 'source.txt': null } },
  },
  {
    name: 'front-matter-leap-day',
    about: 'the 29th of February of a leap year is a date',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(withDate('2024-02-29T23:59:59', REPRINT)) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': '2024-02-29T23:59:59' } },
  },
  {
    name: 'front-matter-crlf',
    about: 'front matter with CRLF line ends',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(withDate('2022-01-08', REPRINT, '\r\n')) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': '2022-01-08' } },
  },
  {
    name: 'front-matter-lone-cr',
    about: 'front matter with lone CR line ends',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(withDate('2022-01-09', REPRINT, '\r')) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': '2022-01-09' } },
  },
  {
    name: 'front-matter-after-bom',
    about: 'front matter after a UTF-8 BOM',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(withDate('2022-01-10', REPRINT))]) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': '2022-01-10' } },
  },
  {
    name: 'front-matter-unterminated',
    about: 'front matter that is never closed is text',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(`---\ndate: 2022-01-07\ntitle: x\n${REPRINT}`) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': null } },
  },
  {
    name: 'front-matter-only',
    about: 'a file of front matter and nothing else',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(REPRINT) }, { path: 'fm.txt', bytes: utf8('---\ntitle: Nothing\ndate: 2022-01-07\n---\n') }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'fm.txt': '2022-01-07' } },
  },
  {
    name: 'front-matter-object-keys',
    about: '__proto__, constructor and prototype as front-matter keys',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(`---\n__proto__: {"polluted": true}\nconstructor: x\nprototype: y\ndate: 2022-01-07\n---\n${REPRINT}`) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': '2022-01-07' } },
  },
  {
    name: 'front-matter-script-title',
    about: 'a title holding markup and a terminal escape',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(`---\ntitle: <script>alert(1)</script>\u001b[2J</textarea>\n---\n${REPRINT}`) }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'front-matter-huge',
    about: '100 KB of front matter',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(`---\n${'tag: value\n'.repeat(9000)}date: 2022-01-07\n---\n${REPRINT}`) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': '2022-01-07' } },
  },
  {
    name: 'front-matter-twice',
    about: 'two front-matter blocks: only the first counts',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(`---\ndate: 2022-01-07\n---\n---\ndate: 1999-01-01\n---\n${REPRINT}`) }],
    expect: { exit: 0, lines: [], reuse: REUSE, dates: { 'reprint.txt': '2022-01-07' } },
  },
];
