// Empty and white-space-only files beside the pair: skipped with a note naming them, exit 0.
import { bytesOf, pair, R, REUSE, type Case } from '../model';

const blanks: [string, Uint8Array, string][] = [
  ['empty', new Uint8Array(), R.empty],
  ['one-space', bytesOf(' '), R.blank],
  ['one-newline', bytesOf('\n'), R.blank],
  ['crlf-lines', bytesOf('\r\n\r\n\r\n'), R.blank],
  ['tabs', bytesOf('\t\t\t'), R.blank],
  ['mixed-spaces', bytesOf(' \n \t \r '), R.blank],
  ['nbsp', bytesOf('\u00a0\u00a0'), R.blank],
  ['ideographic-space', bytesOf('\u3000'), R.blank],
  ['line-separator', bytesOf('\u2028\u2029'), R.blank],
  ['vertical-tab-form-feed', bytesOf('\u000b\u000c'), R.blank],
  ['bom-only', bytesOf([0xef, 0xbb, 0xbf]), R.bomOnly],
  ['bom-and-spaces', bytesOf([0xef, 0xbb, 0xbf], '   \n'), R.blank],
  ['many-spaces', bytesOf(' '.repeat(10_000)), R.blank],
  ['utf16-bom-only', bytesOf([0xff, 0xfe]), R.bomOnly],
  ['utf16-spaces', bytesOf([0xfe, 0xff, 0x00, 0x20, 0x00, 0x0a]), R.blank],
];

export const blankCases: Case[] = [
  ...blanks.map(([name, bytes, reason]): Case => ({
    name: `blank-${name}`,
    about: `a ${name.replace(/-/g, ' ')} file beside the pair is skipped with a note`,
    files: [...pair(), { path: 'blank.txt', bytes }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'blank.txt', reason }], reuse: REUSE },
  })),
  {
    name: 'blank-markdown-empty',
    about: 'an empty .md file is noted like a .txt one',
    files: [...pair(), { path: 'notes.md', bytes: new Uint8Array() }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'notes.md', reason: R.empty }], reuse: REUSE },
  },
  {
    name: 'blank-zero-width-only',
    about: 'zero-width characters are not white space: the file is read and has no words',
    files: [...pair(), { path: 'zw.txt', bytes: bytesOf('\u200b\u200c\u200d\u2060') }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'blank-several',
    about: 'several blank files: one note each',
    files: [...pair(), { path: 'a.txt', bytes: new Uint8Array() }, { path: 'b.md', bytes: bytesOf('\n\n') }, { path: 'c.article', bytes: bytesOf(' ') }],
    expect: {
      exit: 0,
      lines: [{ level: 'note', file: 'a.txt', reason: R.empty }, { level: 'note', file: 'b.md', reason: R.blank }, { level: 'note', file: 'c.article', reason: R.blank }],
      reuse: REUSE,
    },
  },
];
