import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname } from 'node:path';
import { setCount, Slot, type Counters } from './progressCounters';

/** File endings read as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.article']);

/**
 * How much one run reads at most. Memory grows with both: about 8 KB per article and 11
 * bytes per byte of text once the engine has read them (measured on 100,000 files; see
 * README), so the defaults keep a run under about 2 GB.
 */
export interface InputLimits {
  /** Article files (`--max-files`). */
  readonly maxFiles: number;
  /** Bytes of article files together (`--max-total-mb`, in millions of bytes). */
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: InputLimits = { maxFiles: 100_000, maxBytes: 100_000_000 };

/** The files to read, or why nothing is read: the limit passed, as a phrase to follow `at`. */
export interface Listing {
  readonly files: string[];
  readonly over?: { readonly at: string; readonly reason: string };
}

/** Reports a problem: path, reason, whether it makes the run fail. */
type Report = (path: string, reason: string, fatal: boolean) => void;

/**
 * Lists the files the given paths name, in the order given (a folder's files in name order),
 * with their sizes counted against the limits. Listing goes on past a limit, to say how far
 * past it the inputs go, but stops at ten times the file limit: a folder that large is far
 * beyond what the user meant to align.
 */
export function listInputs(paths: readonly string[], limits: InputLimits, problem: Report, counters?: Counters): Listing {
  const files: string[] = [];
  const stopAt = Math.min(10 * limits.maxFiles, 2_000_000_000);
  let listed = 0;
  let bytes = 0;
  let overAt: { at: string; by: 'files' | 'size' } | undefined;
  // Past a limit, files are only counted.
  const add = (path: string, size: number, given: string) => {
    listed++;
    bytes += size;
    setCount(counters, Slot.filesListed, listed);
    if (!overAt && listed > limits.maxFiles) overAt = { at: given, by: 'files' };
    if (!overAt && bytes > limits.maxBytes) overAt = { at: given, by: 'size' };
    if (!overAt) files.push(path);
    return listed < stopAt;
  };
  let stopped = false;
  for (const given of paths) {
    let st;
    try {
      st = statSync(given);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problem(given, code === 'ENOENT' ? 'does not exist' : `cannot be opened (${code})`, true);
      continue;
    }
    if (st.isDirectory()) {
      const before = listed;
      let reported = false;
      const complete = walk(given, (p, size) => add(p, size, given), (path, reason, fatal) => { reported = true; problem(path, reason, fatal); });
      if (listed === before && complete && !reported) problem(given, `holds no article files (${[...ARTICLE_EXTENSIONS].join(', ')})`, true);
      if (!complete) { stopped = true; break; }
    } else if (!add(given, st.size, given)) { stopped = true; break; }
  }
  if (!overAt) return { files };
  const what = overAt.by === 'files'
    ? `${stopped ? 'more than ' : ''}${fmt(listed)} article files, more than the limit of ${fmt(limits.maxFiles)}`
    : `${stopped ? 'more than ' : ''}${mb(bytes)} of article files, more than the limit of ${mb(limits.maxBytes)}`;
  const holds = paths.length === 1 ? `holds ${what}` : `brings the inputs to ${what}`;
  const flag = overAt.by === 'files' ? '--max-files' : '--max-total-mb';
  return { files: [], over: { at: overAt.at, reason: `${holds}; nothing was read (raise it with ${flag}, or give a smaller folder)` } };
}

/**
 * Calls `visit` with each article file under `folder` and its size (joined as given:
 * "./corpus/" stays "./corpus/…" at every depth), until it returns false; returns false when
 * stopped. A folder that cannot be listed, and an article name that cannot be read (a link to
 * nothing, a name that is not UTF-8), are reported, never passed over in silence.
 */
function walk(folder: string, visit: (path: string, size: number) => boolean, problem: Report): boolean {
  const base = folder.replace(/[\\/]+$/, '') || folder;
  // An explicit stack rather than recursion: a folder thousands of levels deep is no crash.
  const stack = [base];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      problem(dir, `cannot be listed (${(e as NodeJS.ErrnoException).code ?? String(e)}); its files were not read`, true);
      continue;
    }
    const named = entries.map((e) => ({ e, name: e.name.toString('utf8') }));
    named.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const subfolders: string[] = [];
    for (const { e, name } of named) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = `${dir}/${name}`;
      if (e.isDirectory()) { subfolders.push(p); continue; }
      if (!ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) continue;
      if (!Buffer.from(name, 'utf8').equals(e.name)) {
        problem(p, 'has a name that is not valid UTF-8 (shown with U+FFFD); it cannot be named exactly, so it was not read', true);
        continue;
      }
      if (!e.isSymbolicLink() && !e.isFile()) {
        problem(p, 'is not a regular file (a pipe, socket or device); skipped', false);
        continue;
      }
      const target = fileSize(p, e.isSymbolicLink());
      if (target === 'folder') continue; // links to folders are not followed
      if (typeof target === 'string') { problem(p, target, !e.isSymbolicLink()); continue; }
      if (!visit(p, target)) return false;
    }
    // Pushed in reverse so that the first subfolder is listed first.
    for (let k = subfolders.length - 1; k >= 0; k--) stack.push(subfolders[k]);
  }
  return true;
}

/** A file's size, 'folder' for a link to a folder, or why it cannot be had (a broken or looping link). */
function fileSize(path: string, link: boolean): number | 'folder' | string {
  try {
    const st = statSync(path);
    return st.isFile() ? st.size : st.isDirectory() ? 'folder' : 'is a link to something other than a file; skipped';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!link) return `cannot be opened (${code})`;
    const why = code === 'ELOOP' ? 'a loop of links' : code === 'ENOENT' ? 'its target does not exist' : String(code);
    return `is a link that leads nowhere readable (${why}); skipped`;
  }
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}
