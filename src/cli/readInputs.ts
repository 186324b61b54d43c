import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { MAX_ARTICLE_CHARS } from '../core/input/decode';
import { decideArticle } from '../core/input/readRule';
import type { ArticleInput } from '../core/types';
import { DEFAULT_LIMITS, listInputs, type InputLimits } from './listInputs';

import { addCount, Phase, setCount, Slot, type Counters } from './progressCounters';

/** A problem with one input, phrased to follow its path in a one-line message. */
export interface InputProblem {
  readonly path: string;
  readonly reason: string;
  /** True when the input is unusable (exit 1); false for a note such as an empty file. */
  readonly fatal: boolean;
}

/** Articles read from the given paths, and what went wrong on the way. */
export interface ReadResult {
  readonly articles: ArticleInput[];
  readonly problems: InputProblem[];
}

export interface ReadOptions {
  /** How much a run reads at most (see listInputs.ts); past it nothing is read and one problem says so. */
  readonly limits?: InputLimits;
  /** Told of each problem as it is found (they are also returned). */
  readonly onProblem?: (p: InputProblem) => void;
  /** Files listed and read are counted here (see progressCounters.ts). */
  readonly counters?: Counters;
}

/** Largest file read at all: UTF-8 needs at least one byte per UTF-16 unit of text, UTF-16 two; four is past any doubt. */
const MAX_FILE_BYTES = 4 * MAX_ARTICLE_CHARS;

/**
 * Reads articles from files and folders (recursively, skipping hidden entries and
 * node_modules, not following links to folders). Files are only ever opened for reading, one
 * at a time, and only their decoded text is kept, so memory holds the articles and not the
 * bytes they came from. A file named twice, directly or through a folder, is read once.
 * Folders are listed first (see listInputs): when they hold more than the limits allow,
 * nothing is read and one problem names the limit.
 */
export function readInputs(paths: readonly string[], options: ReadOptions = {}): ReadResult {
  const articles: ArticleInput[] = [];
  const problems: InputProblem[] = [];
  const { counters } = options;
  const problem = (path: string, reason: string, fatal: boolean) => {
    const p = { path, reason, fatal };
    problems.push(p);
    options.onProblem?.(p);
  };
  setCount(counters, Slot.phase, Phase.listing);
  const listing = listInputs(paths, options.limits ?? DEFAULT_LIMITS, problem, counters);
  if (listing.over) {
    problem(listing.over.at, listing.over.reason, true);
    return { articles, problems };
  }
  setCount(counters, Slot.phase, Phase.reading);
  const seen = new Set<string>();
  const scratch = { buffer: Buffer.alloc(1 << 16) };
  for (const path of listing.files) {
    let real: string;
    try { real = realpathSync.native(path); } catch { real = path; }
    if (!seen.has(real)) {
      seen.add(real);
      const read = readFile(path, scratch);
      if (typeof read === 'string') problem(path, read, true);
      else {
        const d = decideArticle(read);
        if (d.action === 'read') {
          articles.push({ path, text: d.text });
          if (d.note) problem(path, d.note, false);
        } else problem(path, d.reason, d.action === 'refuse');
      }
    }
    addCount(counters, Slot.filesRead, 1);
  }
  return { articles, problems };
}

/**
 * The bytes of one file, or why they cannot be had. Opened without blocking, so a FIFO put
 * where a file was listed cannot stall the run, and checked through the open descriptor:
 * only regular files are read (a device would never end), and a file whose size alone rules
 * it out is refused unread. Read into a reused buffer; the caller decodes before the next call.
 */
function readFile(path: string, scratch: { buffer: Buffer }): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(e)})`;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return 'is a folder';
    if (!st.isFile()) return 'is not a regular file';
    if (st.size > MAX_FILE_BYTES) return `is too large to align (${(st.size / 1e6).toFixed(1)} MB)`;
    // One byte more than the size: a file growing while it is read is read to its end.
    if (scratch.buffer.length < st.size + 1) scratch.buffer = Buffer.alloc(st.size + 1 + (st.size >> 2));
    let n = 0;
    for (;;) {
      if (n === scratch.buffer.length) {
        if (n > MAX_FILE_BYTES) return `is too large to align (over ${(MAX_FILE_BYTES / 1e6).toFixed(1)} MB)`;
        const bigger = Buffer.alloc(2 * n);
        scratch.buffer.copy(bigger, 0, 0, n);
        scratch.buffer = bigger;
      }
      const got = readSync(fd, scratch.buffer, n, scratch.buffer.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return scratch.buffer.subarray(0, n);
  } catch (e) {
    return `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  } finally {
    closeSync(fd);
  }
}
