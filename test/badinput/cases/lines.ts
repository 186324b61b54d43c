// Line ends of every kind in the reprint: lines counted as VS Code counts them (CRLF, CR, LF),
// the reuse still found, and spans exact.
import { bytesOf, pair, REPRINT, REUSE, SOURCE, utf8, type Case } from '../model';

const variants: [string, (s: string) => string][] = [
  ['crlf', (s) => s.replace(/\n/g, '\r\n')],
  ['lone-cr', (s) => s.replace(/\n/g, '\r')],
  ['mixed', (s) => s.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('')],
  ['line-separator', (s) => s.replace(/\n\n/g, '\u2028')],
  ['paragraph-separator', (s) => s.replace(/\n\n/g, '\u2029')],
  ['next-line-nel', (s) => s.replace(/\n\n/g, '\u0085')],
  ['form-feed', (s) => s.replace(/\n\n/g, '\n\u000c\n')],
  ['vertical-tab', (s) => s.replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u000b' : m))],
  ['cr-cr-lf', (s) => s.replace(/\n/g, '\r\r\n')],
  ['no-final-newline', (s) => s.trimEnd()],
  ['trailing-cr', (s) => s.trimEnd() + '\r'],
  ['tabs-for-spaces', (s) => s.replace(/ /g, '\t')],
  ['one-line-per-word', (s) => s.replace(/ /g, '\n')],
];

export const lineCases: Case[] = [
  ...variants.map(([name, change]): Case => ({
    name: `lines-${name}`,
    about: `the reprint with ${name.replace(/-/g, ' ')} line ends`,
    files: pair(change(REPRINT)),
    expect: { exit: 0, lines: [], reuse: REUSE },
  })),
  {
    name: 'lines-both-crlf-and-cr',
    about: 'the source with CRLF and the reprint with lone CR',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE.replace(/\n/g, '\r\n')) }, { path: 'reprint.txt', bytes: bytesOf(REPRINT.replace(/\n/g, '\r')) }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
];
