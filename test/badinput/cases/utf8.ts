// Every kind of invalid UTF-8, at the start, in the middle and at the end of a file: refused
// with the offset of the first bad byte and what is wrong with it, never guessed at.
import { bytesOf, pair, R, REPRINT, REUSE, utf8, type Case } from '../model';

const CUT = 'a sequence cut short';
const kinds: [string, number[], string][] = [
  ['overlong-c0', [0xc0, 0x80], 'an overlong encoding'],
  ['overlong-c1', [0xc1, 0xbf], 'an overlong encoding'],
  ['overlong-3-byte', [0xe0, 0x80, 0xaf], 'an overlong encoding'],
  ['overlong-4-byte', [0xf0, 0x80, 0x80, 0xaf], 'an overlong encoding'],
  ['lone-continuation-80', [0x80], 'a continuation byte with no lead byte before it'],
  ['lone-continuation-bf', [0xbf], 'a continuation byte with no lead byte before it'],
  ['surrogate-high', [0xed, 0xa0, 0x80], 'an encoded surrogate \\(U\\+D800 to U\\+DFFF\\)'],
  ['surrogate-low', [0xed, 0xbf, 0xbf], 'an encoded surrogate \\(U\\+D800 to U\\+DFFF\\)'],
  ['cesu8-emoji', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], 'an encoded surrogate \\(U\\+D800 to U\\+DFFF\\)'],
  ['past-10ffff', [0xf4, 0x90, 0x80, 0x80], 'a code point past U\\+10FFFF'],
  ['byte-f5', [0xf5, 0x80, 0x80, 0x80], 'a byte that never appears in UTF-8'],
  ['byte-fe', [0xfe], 'a byte that never appears in UTF-8'],
  ['byte-ff', [0xff, 0x41], 'a byte that never appears in UTF-8'],
  ['two-byte-then-ascii', [0xc3, 0x41], CUT],
  ['three-byte-then-ascii', [0xe2, 0x82, 0x41], CUT],
];

const head = 'Markets opened lower on the news. ';
const tail = ' Traders weighed the outlook.\n';

export const utf8Cases: Case[] = [
  ...kinds.flatMap(([name, bad, why]): Case[] => [
    {
      name: `utf8-${name}-start`,
      about: `invalid UTF-8 (${name}) at the very start`,
      files: [...pair(), { path: 'bad.txt', bytes: bytesOf(bad, tail) }],
      expect: { exit: 1, lines: [{ level: 'error', file: 'bad.txt', reason: R.utf8(0, why) }], reuse: REUSE },
    },
    {
      name: `utf8-${name}-middle`,
      about: `invalid UTF-8 (${name}) in the middle of text`,
      files: [...pair(), { path: 'bad.txt', bytes: bytesOf(head, bad, tail) }],
      expect: { exit: 1, lines: [{ level: 'error', file: 'bad.txt', reason: R.utf8(head.length, why) }], reuse: REUSE },
    },
  ]),
  ...([['two-byte', [0xc3]], ['three-byte', [0xe2, 0x82]], ['four-byte', [0xf0, 0x9f, 0x98]]] as [string, number[]][]).map(([name, cut]): Case => ({
    name: `utf8-truncated-${name}-at-end`,
    about: `a ${name} sequence cut off by the end of the file`,
    files: [...pair(), { path: 'cut.txt', bytes: bytesOf(head, cut) }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'cut.txt', reason: R.utf8(head.length, 'a sequence cut short by the end of the file') }], reuse: REUSE },
  })),
  {
    name: 'utf8-latin1-text',
    about: 'Latin-1 text ("Café") is not guessed at',
    files: [...pair(), { path: 'latin1.txt', bytes: bytesOf('Caf', [0xe9], ' au lait\n') }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'latin1.txt', reason: R.utf8(3, CUT) }], reuse: REUSE },
  },
  {
    name: 'utf8-windows-1252-quotes',
    about: 'Windows-1252 curly quotes (0x93, 0x94)',
    files: [...pair(), { path: 'cp1252.txt', bytes: bytesOf('He said ', [0x93], 'no', [0x94], '.\n') }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'cp1252.txt', reason: R.utf8(8, 'a continuation byte with no lead byte before it') }], reuse: REUSE },
  },
  {
    name: 'utf8-shift-jis',
    about: 'Shift-JIS Japanese text',
    files: [...pair(), { path: 'sjis.txt', bytes: bytesOf([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]) }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'sjis.txt', reason: R.utf8(0, 'a continuation byte with no lead byte before it') }], reuse: REUSE },
  },
  {
    name: 'utf8-invalid-in-reprint',
    about: 'the reprint itself is invalid UTF-8 late in the file: refused, and the source stands alone',
    files: [...pair(bytesOf(REPRINT, [0xff]))],
    expect: { exit: 1, lines: [{ level: 'error', file: 'reprint.txt', reason: R.utf8(utf8(REPRINT).length, 'a byte that never appears in UTF-8') }], reuse: [] },
  },
];
