// NUL bytes: binary only within the first 512 bytes (VS Code's rule); further in, the file is
// read with its NULs kept as characters and a note, and offsets still round-trip.
import { bytesOf, pair, R, REPRINT, REUSE, SOURCE, utf8, type Case } from '../model';

const filler = 'Markets opened lower on the news as traders weighed the outlook for the harvest. '.repeat(120);

/** `filler` with a NUL byte replacing the byte at `at`. */
function withNul(at: number): Uint8Array {
  const b = utf8(filler);
  b[at] = 0;
  return b;
}

export const nulCases: Case[] = [
  ...[0, 1, 2, 100, 255, 256, 510, 511].map((at): Case => ({
    name: `nul-binary-at-${at}`,
    about: `a NUL byte at offset ${at} (within the first 512 bytes) makes the file binary`,
    files: [...pair(), { path: 'stray.txt', bytes: withNul(at) }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'stray.txt', reason: R.binary(at) }], reuse: REUSE },
  })),
  ...[512, 513, 1000, 6144, filler.length - 1].map((at): Case => ({
    name: `nul-text-at-${at}`,
    about: `a NUL byte at offset ${at} (past the first 512 bytes) is kept as a character, as VS Code does`,
    files: [...pair(), { path: 'stray.txt', bytes: withNul(at) }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'stray.txt', reason: R.nulKept(at), read: true }], reuse: REUSE },
  })),
  {
    name: 'nul-inside-reused-passage',
    about: 'a NUL byte 6 KB into the reprint, inside the reused passage: read, found, spans round-trip',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(filler.slice(0, 6000) + '\n\n' + REPRINT.replace('regional security', 'regional\u0000security')) }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'reprint.txt', reason: R.nulKept(6000 + 2 + REPRINT.indexOf('regional security') + 'regional'.length), read: true }], reuse: REUSE },
  },
  {
    name: 'nul-many-after-512',
    about: 'many NUL bytes after the first 512: one note with the count',
    files: [...pair(), { path: 'stray.txt', bytes: bytesOf(filler.slice(0, 600), new Array(300).fill(0), filler.slice(0, 600)) }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'stray.txt', reason: '^holds 300 NUL characters \\(the first at byte offset 600\\)', read: true }], reuse: REUSE },
  },
  {
    name: 'nul-bom-then-nul',
    about: 'a UTF-8 BOM does not excuse a NUL in the first 512 bytes',
    files: [...pair(), { path: 'stray.txt', bytes: bytesOf([0xef, 0xbb, 0xbf], 'Hello', [0], 'world') }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'stray.txt', reason: R.binary(8) }], reuse: REUSE },
  },
  {
    name: 'nul-png-named-txt',
    about: 'a PNG image named .txt is binary',
    files: [...pair(), { path: 'photo.txt', bytes: bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'photo.txt', reason: R.binary(8) }], reuse: REUSE },
  },
  {
    name: 'nul-zip-named-md',
    about: 'a ZIP archive named .md is binary',
    files: [...pair(), { path: 'archive.md', bytes: bytesOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]) }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'archive.md', reason: R.binary(5) }], reuse: REUSE },
  },
  {
    name: 'nul-pdf-named-txt',
    about: 'a PDF whose first NUL comes late is not binary by that rule; its bytes are not UTF-8 either',
    files: [...pair(), { path: 'paper.txt', bytes: bytesOf('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n') }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'paper.txt', reason: R.utf8(10, 'a sequence cut short') }], reuse: REUSE },
  },
  {
    name: 'nul-all-zero',
    about: 'a file of NUL bytes only is binary',
    files: [...pair(), { path: 'zeros.txt', bytes: new Uint8Array(1024) }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'zeros.txt', reason: R.binary(0) }], reuse: REUSE },
  },
];
