// Folders and the paths given: deep nesting, links that loop or lead nowhere, unreadable files
// and folders, FIFOs, hidden and ignored entries, the same file twice.
import { pair, R, REPRINT, REUSE, SOURCE, utf8, type Case, type FileSpec } from '../model';

/** The pair at the bottom of `depth` nested folders named `name`. */
function deep(depth: number, name: string): FileSpec[] {
  const dir = Array.from({ length: depth }, () => name).join('/');
  return [{ path: `${dir}/source.txt`, bytes: utf8(SOURCE) }, { path: `${dir}/reprint.txt`, bytes: utf8(REPRINT) }];
}
const deepReuse = (depth: number, name: string): Case['expect']['reuse'] => {
  const dir = Array.from({ length: depth }, () => name).join('/');
  return [[`${dir}/source.txt`, `${dir}/reprint.txt`]];
};
const other = { path: 'other.txt', bytes: utf8('Another article about the weather and the harvest.\n') };

export const folderCases: Case[] = [
  { name: 'deep-50', about: 'the pair 50 folders deep', files: deep(50, 'd'), expect: { exit: 0, lines: [], reuse: deepReuse(50, 'd') } },
  { name: 'deep-1000', about: 'the pair 1,000 folders deep', files: deep(1000, 'd'), expect: { exit: 0, lines: [], reuse: deepReuse(1000, 'd') } },
  {
    name: 'deep-past-path-max',
    about: 'folders nested past the system limit on path length: the folder that cannot be listed is named',
    files: [...pair(), ...deep(25, 'x'.repeat(200)).map((f) => ({ ...f, ignored: true }))],
    expect: { exit: 1, lines: [{ level: 'error', file: '', fileLike: '^(x{200}/)*x{200}$', reason: R.unlisted }], reuse: REUSE },
  },
  {
    name: 'link-loop-folder',
    about: 'a link from a subfolder back to the case folder: folder links are not followed, so no loop',
    files: pair(),
    specials: [{ kind: 'dir', path: 'sub' }, { kind: 'symlink', path: 'sub/back', target: '..' }, { kind: 'symlink', path: 'sub/back.txt', target: '..' }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'link-self-loop',
    about: 'a link to itself',
    files: pair(),
    specials: [{ kind: 'symlink', path: 'self.txt', target: 'self.txt' }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'self.txt', reason: R.loop }], reuse: REUSE },
  },
  {
    name: 'link-two-loop',
    about: 'two links to each other',
    files: pair(),
    specials: [{ kind: 'symlink', path: 'a.txt', target: 'b.txt' }, { kind: 'symlink', path: 'b.txt', target: 'a.txt' }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'a.txt', reason: R.loop }, { level: 'note', file: 'b.txt', reason: R.loop }], reuse: REUSE },
  },
  {
    name: 'link-dangling',
    about: 'a link to a file that does not exist',
    files: pair(),
    specials: [{ kind: 'symlink', path: 'gone.txt', target: 'nowhere/at/all.txt' }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'gone.txt', reason: R.dangling }], reuse: REUSE },
  },
  {
    name: 'link-to-reprint',
    about: 'a link to the reprint beside it: the file is read once',
    files: pair(),
    specials: [{ kind: 'symlink', path: 'z-link.txt', target: 'reprint.txt' }],
    expect: { exit: 0, lines: [], reuse: REUSE, documents: 2 },
  },
  {
    name: 'link-to-file-in-subfolder',
    about: 'a link to a file elsewhere in the case is followed',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'store/copy.text', bytes: utf8(REPRINT), ignored: true }],
    specials: [{ kind: 'symlink', path: 'reprint.txt', target: 'store/copy.text' }],
    inputs: ['source.txt', 'reprint.txt'],
    expect: { exit: 0, lines: [], reuse: REUSE, documents: 2 },
  },
  {
    name: 'unreadable-file',
    about: 'a file no one may read (mode 000): refused by name',
    files: [...pair(), { path: 'secret.txt', bytes: utf8('Private notes.\n'), mode: 0o000 }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'secret.txt', reason: R.unreadable }], reuse: REUSE },
    unprivileged: true,
  },
  {
    name: 'unreadable-folder',
    about: 'a folder no one may list (mode 000): named, its files not read',
    files: pair(),
    specials: [{ kind: 'dir', path: 'locked', mode: 0o000 }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'locked', reason: R.unlisted }], reuse: REUSE },
    unprivileged: true,
  },
  {
    name: 'unreadable-reprint',
    about: 'the reprint itself unreadable: refused, the source stands alone',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'reprint.txt', bytes: utf8(REPRINT), mode: 0o000 }],
    expect: { exit: 1, lines: [{ level: 'error', file: 'reprint.txt', reason: R.unreadable }], reuse: [] },
    unprivileged: true,
  },
  {
    name: 'fifo-in-folder',
    about: 'a FIFO named like an article in a folder: skipped with a note, never opened (it would block)',
    files: pair(),
    specials: [{ kind: 'fifo', path: 'pipe.txt' }],
    expect: { exit: 0, lines: [{ level: 'note', file: 'pipe.txt', reason: R.notRegular }], reuse: REUSE },
  },
  {
    name: 'fifo-given',
    about: 'a FIFO given on the command line: refused without blocking',
    files: pair(),
    specials: [{ kind: 'fifo', path: 'pipe.txt' }],
    inputs: ['source.txt', 'reprint.txt', 'pipe.txt'],
    expect: { exit: 1, lines: [{ level: 'error', file: 'pipe.txt', reason: '^is not a regular file$' }], reuse: REUSE },
  },
  {
    name: 'hidden-and-ignored',
    about: 'hidden entries, node_modules and other endings are left out without a word',
    files: [
      ...pair(),
      { path: '.hidden.txt', bytes: utf8(REPRINT), ignored: true },
      { path: '.git/notes.txt', bytes: utf8(REPRINT), ignored: true },
      { path: 'node_modules/pkg/README.md', bytes: utf8(REPRINT), ignored: true },
      { path: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0x00]), ignored: true },
      { path: 'backup.txt~', bytes: utf8(REPRINT), ignored: true },
      { path: 'data.json', bytes: utf8('{"a": 1}'), ignored: true },
    ],
    expect: { exit: 0, lines: [], reuse: REUSE, documents: 2 },
  },
  {
    name: 'upper-case-ending',
    about: 'an upper-case ending (.TXT, .Md) is an article too',
    files: [{ path: 'source.TXT', bytes: utf8(SOURCE) }, { path: 'reprint.Md', bytes: utf8(REPRINT) }],
    expect: { exit: 0, lines: [], reuse: [['source.TXT', 'reprint.Md']] },
  },
  {
    name: 'folder-named-like-article',
    about: 'a folder named notes.txt is a folder, walked into',
    files: [{ path: 'source.txt', bytes: utf8(SOURCE) }, { path: 'notes.txt/reprint.txt', bytes: utf8(REPRINT) }],
    expect: { exit: 0, lines: [], reuse: [['source.txt', 'notes.txt/reprint.txt']] },
  },
  {
    name: 'empty-subfolders',
    about: 'empty folders inside are no problem',
    files: pair(),
    specials: [{ kind: 'dir', path: 'empty' }, { kind: 'dir', path: 'empty/deeper' }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'given-twice',
    about: 'the same files given twice, and inside the folder given: each read once',
    files: pair(),
    inputs: ['source.txt', 'reprint.txt', 'source.txt', '.'],
    expect: { exit: 0, lines: [], reuse: REUSE, documents: 2 },
  },
  {
    name: 'given-missing',
    about: 'a path that does not exist beside the pair: named, the rest aligned',
    files: pair(),
    inputs: ['source.txt', 'reprint.txt', 'no-such-file.txt'],
    expect: { exit: 1, lines: [{ level: 'error', file: 'no-such-file.txt', reason: R.missing }], reuse: REUSE },
  },
  {
    name: 'given-folder-without-articles',
    about: 'a folder without articles given beside the pair',
    files: [...pair(), { path: 'pictures/a.png', bytes: new Uint8Array([0x89, 0x50]), ignored: true }],
    inputs: ['source.txt', 'reprint.txt', 'pictures'],
    expect: { exit: 1, lines: [{ level: 'error', file: 'pictures', reason: R.noArticles }], reuse: REUSE },
  },
  {
    name: 'given-trailing-slashes',
    about: 'a folder given with trailing slashes',
    files: [{ path: 'in/source.txt', bytes: utf8(SOURCE) }, { path: 'in/reprint.txt', bytes: utf8(REPRINT) }],
    inputs: ['in//'],
    expect: { exit: 0, lines: [], reuse: [['in/source.txt', 'in/reprint.txt']] },
  },
  {
    name: 'mixed-bad-folder',
    about: 'a binary, an invalid, an empty and a good file beside the pair: one line each, exit 1, the rest aligned',
    files: [
      ...pair(), other,
      { path: 'bin.txt', bytes: new Uint8Array([0x00, 0x00, 0x01]) },
      { path: 'bad.txt', bytes: new Uint8Array([0x41, 0xff]) },
      { path: 'empty.txt', bytes: new Uint8Array() },
    ],
    expect: {
      exit: 1,
      lines: [
        { level: 'error', file: 'bin.txt', reason: R.binary(0) },
        { level: 'error', file: 'bad.txt', reason: R.utf8(1, 'a byte that never appears in UTF-8') },
        { level: 'note', file: 'empty.txt', reason: R.empty },
      ],
      reuse: REUSE,
    },
  },
];
