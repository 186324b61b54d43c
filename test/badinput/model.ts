// The shape of a bad-input case and the pieces most cases are built from. A case is a small
// folder: the pair of articles below (a real reprint, so the engine has work to do) and one
// hazard, either beside the pair or inside the reprint itself, with the outcome expected.

/** How the test decodes a file to check spans against it (its own decoding, not the tool's). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A file of a case. `path` is inside the case folder, '/'-separated, and may hold any character a name can. */
export interface FileSpec {
  readonly path: string;
  /** Its bytes, or a function that makes them (for the large files). */
  readonly bytes: Uint8Array | (() => Uint8Array);
  readonly encoding?: Encoding;
  /** Not listed by the tool (hidden, node_modules, not an article ending): no document, no line. */
  readonly ignored?: boolean;
  /** Set with chmod after writing (e.g. 0o000 for unreadable). */
  readonly mode?: number;
}

/** Something other than a file: a link, a FIFO, a folder (empty or locked). */
export type Special =
  | { readonly kind: 'symlink'; readonly path: string; readonly target: string }
  | { readonly kind: 'fifo'; readonly path: string }
  | { readonly kind: 'dir'; readonly path: string; readonly mode?: number }
  /** A file whose name is written in Latin-1 bytes (not UTF-8); `path` gives the name as Latin-1 characters. */
  | { readonly kind: 'latin1-name'; readonly path: string; readonly bytes: Uint8Array };

/** One stderr line the tool must write, naming `file` (relative to the case folder). */
export interface Line {
  readonly level: 'error' | 'note';
  readonly file: string;
  /** Instead of `file`: the source of a regular expression the named path (relative to the case) must match. */
  readonly fileLike?: string;
  /** Source of a regular expression the reason (what follows the name) must match. */
  readonly reason: string;
  /** The file is still read as an article (a note on how), rather than skipped or refused. */
  readonly read?: boolean;
}

export interface Expect {
  readonly exit: 0 | 1;
  readonly lines: readonly Line[];
  /** Pairs of files (relative paths) that must share a cluster. */
  readonly reuse: readonly (readonly [string, string])[];
  /** How many documents the JSON lists; by default the files listed, less those skipped or refused. */
  readonly documents?: number;
  /** Front-matter dates the JSON must show, by file. */
  readonly dates?: Readonly<Record<string, string | null>>;
}

export interface Case {
  /** Unique, usable as a folder name. */
  readonly name: string;
  readonly about: string;
  readonly files: readonly FileSpec[];
  readonly specials?: readonly Special[];
  /** Paths given on the command line, relative to the case folder (default: the folder itself). */
  readonly inputs?: readonly string[];
  /** Extra options for `align`. */
  readonly options?: readonly string[];
  readonly expect: Expect;
  /** Large: generated last, given a longer time bound. */
  readonly big?: boolean;
  /** Run as an unprivileged user when the suite runs as root (root reads any file whatever its mode). */
  readonly unprivileged?: boolean;
}

export const SOURCE = `Council backs limited mission

The council said on Thursday that the regional security organisation had decided to send a limited peacekeeping contingent to the republic for a short period, after days of unrest in the largest city.

“We will not abandon our allies in a difficult hour,” the secretary general told reporters in the capital.

Officials said the troops would guard airports and government buildings while order was restored.
`;

export const REPRINT = `Mission approved, officials say

Markets opened lower on the news as traders weighed the outlook for the harvest.

On Thursday the council said the regional security organisation had decided to send a limited peacekeeping contingent to the republic for a short period, following days of unrest in the largest city.

The secretary general said: “We will not abandon our allies in a difficult hour.”
`;

/** The reused sentence of the pair, as the reprint words it. */
export const REUSED = 'On Thursday the council said the regional security organisation had decided to send a limited peacekeeping contingent to the republic for a short period, following days of unrest in the largest city.';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const bytesOf = (...parts: (Uint8Array | readonly number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : [...p])));
export const utf16 = (s: string, le: boolean, bom = true): Uint8Array => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
};

/** The two articles of the pair, as files. */
export const pair = (reprint: string | FileSpec['bytes'] = REPRINT, name = 'reprint.txt', encoding?: Encoding): FileSpec[] => [
  { path: 'source.txt', bytes: utf8(SOURCE) },
  { path: name, bytes: typeof reprint === 'string' ? utf8(reprint) : reprint, encoding },
];

/** The pair must still be found. */
export const REUSE: Expect['reuse'] = [['source.txt', 'reprint.txt']];

/** Escapes a literal for use inside a regular expression's source. */
export const lit = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Reasons the tool gives, as regular-expression sources. */
export const R = {
  empty: '^is empty; nothing to align$',
  blank: '^holds only white space; nothing to align$',
  bomOnly: '^holds no text \\(only a byte-order mark\\); nothing to align$',
  binary: (at: number) => `^is binary, not text \\(a NUL byte at offset ${at}; VS Code also treats a NUL in the first 512 bytes as binary\\)$`,
  nulKept: (at: number) => `^holds (a NUL character \\(at|\\d+ NUL characters \\(the first at) byte offset ${at}\\); read as text`,
  nulKeptChars: '^.*holds (a NUL character|\\d+ NUL characters) \\(.*at character \\d+\\); read as text',
  utf8: (at: number, why: string) => `^is not valid UTF-8 \\(first bad byte at offset ${at}, 0x[0-9A-F]{2}: ${why}; not guessed at\\)$`,
  utf16Guess: (label: string) => `^has no byte-order mark but reads as ${label} \\(a NUL byte at every (odd|even) offset`,
  utf16Bad: (label: string, what: string) => `^is not valid ${label} \\(${what}`,
  tooLarge: '^is too large to align \\(',
  unreadable: '^cannot be read \\(EACCES\\)$',
  unlisted: '^cannot be listed \\((EACCES|ENAMETOOLONG)\\); its files were not read$',
  loop: '^is a link that leads nowhere readable \\(a loop of links\\); skipped$',
  dangling: '^is a link that leads nowhere readable \\(its target does not exist\\); skipped$',
  notRegular: '^is not a regular file',
  badName: '^has a name that is not valid UTF-8',
  missing: '^does not exist$',
  noArticles: '^holds no article files',
} as const;
