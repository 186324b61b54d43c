// Byte-order marks and UTF-16 with and without one, read as VS Code reads them.
import { bytesOf, pair, R, REPRINT, REUSE, utf16, type Case } from '../model';

const crlf = REPRINT.replace(/\n/g, '\r\n');

export const utf16Cases: Case[] = [
  {
    name: 'bom-utf8-reprint',
    about: 'a UTF-8 BOM: dropped, offsets count from after it',
    files: pair(bytesOf([0xef, 0xbb, 0xbf], REPRINT)),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'bom-utf8-twice',
    about: 'two UTF-8 BOMs: the second is a character (U+FEFF) of the text, as in VS Code',
    files: pair(bytesOf([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], REPRINT)),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'bom-utf8-crlf',
    about: 'a UTF-8 BOM and CRLF line ends',
    files: pair(bytesOf([0xef, 0xbb, 0xbf], crlf)),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  ...([true, false] as const).flatMap((le): Case[] => {
    const label = le ? 'UTF-16 LE' : 'UTF-16 BE';
    const tag = le ? 'le' : 'be';
    const encoding = le ? 'utf-16le' : 'utf-16be';
    return [
      {
        name: `utf16${tag}-bom-reprint`,
        about: `the reprint in ${label} with a BOM`,
        files: pair(utf16(REPRINT, le), 'reprint.txt', encoding),
        expect: { exit: 0, lines: [], reuse: REUSE },
      },
      {
        name: `utf16${tag}-bom-crlf-emoji`,
        about: `${label} with a BOM, CRLF and an emoji outside the BMP`,
        files: pair(utf16(crlf.replace('Mission', 'Mission 😀'), le), 'reprint.txt', encoding),
        expect: { exit: 0, lines: [], reuse: REUSE },
      },
      {
        name: `utf16${tag}-no-bom-reprint`,
        about: `the reprint in ${label} without a BOM: VS Code guesses it from the NUL bytes, and so does this`,
        files: pair(utf16(REPRINT.replace(/[“”]/g, '"'), le, false), 'reprint.txt', encoding),
        expect: { exit: 0, lines: [{ level: 'note', file: 'reprint.txt', reason: R.utf16Guess(label), read: true }], reuse: REUSE },
      },
      {
        name: `utf16${tag}-no-bom-cyrillic`,
        about: `Cyrillic in ${label} without a BOM has no NUL pattern: binary, as in VS Code`,
        files: [...pair(), { path: 'ru.txt', bytes: utf16('Привет, мир. Совет безопасности принял решение. '.repeat(4), le, false) }],
        expect: { exit: 1, lines: [{ level: 'error', file: 'ru.txt', reason: '^is binary, not text' }], reuse: REUSE },
      },
      {
        name: `utf16${tag}-odd-length`,
        about: `${label} with an odd number of bytes`,
        files: [...pair(), { path: 'odd.txt', bytes: bytesOf(utf16('Hello there', le), [0x41]) }],
        expect: { exit: 1, lines: [{ level: 'error', file: 'odd.txt', reason: R.utf16Bad(label, 'an odd number of bytes, 25') }], reuse: REUSE },
      },
      {
        name: `utf16${tag}-lone-surrogate`,
        about: `${label} holding half of a surrogate pair`,
        files: [...pair(), { path: 'lone.txt', bytes: utf16('Hi \ud83d there', le) }],
        expect: { exit: 1, lines: [{ level: 'error', file: 'lone.txt', reason: R.utf16Bad(label, 'an unpaired surrogate at byte offset 8') }], reuse: REUSE },
      },
      {
        name: `utf16${tag}-bom-with-nul-char`,
        about: `${label} with a BOM holding a U+0000 character: read, with a note`,
        files: [...pair(), { path: 'nul16.txt', bytes: utf16('Hello\u0000there, a plain line of text.', le) }],
        expect: { exit: 0, lines: [{ level: 'note', file: 'nul16.txt', reason: R.nulKeptChars, read: true }], reuse: REUSE },
      },
    ];
  }),
  {
    name: 'utf32le-bom',
    about: 'UTF-32 LE starts with FF FE 00 00: VS Code reads it as UTF-16 LE, with NUL characters between the letters',
    files: [...pair(), { path: 'u32.txt', bytes: bytesOf([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0, 0x69, 0, 0, 0]) }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'u32.txt', reason: R.nulKeptChars, read: true }], reuse: REUSE },
  },
  {
    name: 'utf32be-bom',
    about: 'UTF-32 BE starts with 00 00 FE FF: NULs that fit no UTF-16 pattern, so binary',
    files: [...pair(), { path: 'u32.txt', bytes: bytesOf([0, 0, 0xfe, 0xff, 0, 0, 0, 0x48]) }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'u32.txt', reason: R.binary(0) }], reuse: REUSE },
  },
];
