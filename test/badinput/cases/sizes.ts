// Large and repetitive inputs: each finishes within its time bound, and the limits say so
// when a file or a folder is beyond them.
import { pair, R, REPRINT, REUSE, utf8, type Case, type FileSpec } from '../model';

const words = ['troops', 'council', 'peace', 'order', 'Almaty', 'said', 'the', 'of', 'forces', 'republic'];

/** About `bytes` of distinct words on one line (no line break anywhere). */
function oneLine(bytes: number): Uint8Array {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = words[(i * 7 + (i >> 3)) % words.length] + i.toString(36);
    parts.push(w);
    size += w.length + 1;
  }
  return utf8(parts.join(' '));
}

/** Ten thousand tiny files in folders of a thousand, the pair among them. */
function tinyFiles(): FileSpec[] {
  const files: FileSpec[] = pair();
  for (let i = 0; i < 10_000; i++) files.push({ path: `many/${Math.floor(i / 1000)}/n${i}.txt`, bytes: utf8(`Note ${i}: item ${i * 7} was logged.\n`) });
  return files;
}

export const sizeCases: Case[] = [
  {
    name: 'size-5mb-single-line',
    about: 'a 5 MB file that is one line',
    files: [...pair(), { path: 'long-line.txt', bytes: () => oneLine(5_000_000) }],
    expect: { exit: 0, lines: [], reuse: REUSE },
    big: true,
  },
  {
    name: 'size-5mb-line-with-reprint',
    about: 'the reprint at the end of a 5 MB line',
    files: pair(() => { const b = oneLine(5_000_000); const r = utf8(' ' + REPRINT.replace(/\n/g, ' ')); const out = new Uint8Array(b.length + r.length); out.set(b); out.set(r, b.length); return out; }),
    expect: { exit: 0, lines: [], reuse: REUSE },
    big: true,
  },
  {
    name: 'size-20mb-file',
    about: 'a 20 MB file: over the 8M-character limit of one article, refused by name',
    files: [...pair(), { path: 'huge.txt', bytes: () => oneLine(20_000_000) }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'huge.txt', reason: `${R.tooLarge}20\\.0M characters; the limit is 8\\.0M\\)$` }], reuse: REUSE },
    big: true,
  },
  {
    name: 'size-100k-character-word',
    about: 'one word of 100,000 letters',
    files: [...pair(), { path: 'word.txt', bytes: utf8(`Before ${'a'.repeat(100_000)} after.\n`) }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'size-100k-character-word-in-reprint',
    about: 'a 100,000-letter word inside the reprint, before the reused passage',
    files: pair(REPRINT.replace('Markets', `${'b'.repeat(100_000)} Markets`)),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'size-100k-identical-lines',
    about: '100,000 identical lines in one file',
    files: [...pair(), { path: 'same.txt', bytes: () => utf8('The council said the situation was under control and calm.\n'.repeat(100_000)) }],
    expect: { exit: 0, lines: [], reuse: REUSE },
    big: true,
  },
  {
    name: 'size-quote-repeated-1000-times',
    about: 'one quote repeated 1,000 times in one file',
    files: [...pair(), { path: 'quotes.txt', bytes: utf8('He said: “We will restore order in the shortest possible time.”\n'.repeat(1000)) }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'size-same-quote-in-200-files',
    about: 'one quote in 200 files',
    files: [...pair(), ...Array.from({ length: 200 }, (_, i): FileSpec => ({ path: `q/q${i}.txt`, bytes: utf8(`Report ${i}.\n\nHe said: “We will restore order in the shortest possible time.”\n`) }))],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'size-10000-tiny-files',
    about: '10,000 tiny files',
    files: tinyFiles(),
    expect: { exit: 0, lines: [], reuse: REUSE },
    big: true,
  },
  {
    name: 'size-over-max-files',
    about: 'more article files than --max-files allows: one line, nothing read',
    files: tinyFiles().slice(0, 60),
    options: ['--max-files', '50'],
    expect: { exit: 1, lines: [{ level: 'error', file: '', reason: '^holds 60 article files, more than the limit of 50; nothing was read \\(raise it with --max-files' }], reuse: [], documents: 0 },
  },
  {
    name: 'size-over-max-total-mb',
    about: 'more bytes than --max-total-mb allows: one line, nothing read',
    files: [...pair(), { path: 'long-line.txt', bytes: () => oneLine(1_500_000) }],
    options: ['--max-total-mb', '1'],
    expect: { exit: 1, lines: [{ level: 'error', file: '', reason: '^holds 1\\.5 MB of article files, more than the limit of 1 MB; nothing was read' }], reuse: [], documents: 0 },
  },
];
