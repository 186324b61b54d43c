import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeArticle, MAX_ARTICLE_CHARS } from '../core/input/decode';
import type { ArticleInput } from '../core/types';

/** File endings read as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.article']);

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

/**
 * Reads articles from files and folders (recursively, skipping hidden entries and
 * node_modules, not following links to folders). Files are only ever opened for reading. A
 * file named twice, directly or through a folder, is read once.
 */
export function readInputs(paths: readonly string[]): ReadResult {
  const articles: ArticleInput[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const readOne = (path: string) => {
    let real: string;
    try { real = realpathSync.native(path); } catch { real = path; }
    if (seen.has(real)) return;
    seen.add(real);
    const problem = unreadable(path);
    if (problem) {
      problems.push({ path, reason: problem, fatal: true });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      problems.push({ path, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, fatal: true });
      return;
    }
    if (bytes.length === 0) {
      problems.push({ path, reason: 'is empty; nothing to align', fatal: false });
      return;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) problems.push({ path, reason: decoded.reason, fatal: true });
    else if (!/\S/.test(decoded.text)) problems.push({ path, reason: 'holds only white space; nothing to align', fatal: false });
    else articles.push({ path, text: decoded.text });
  };
  for (const given of paths) {
    let st;
    try {
      st = statSync(given);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ path: given, reason: code === 'ENOENT' ? 'does not exist' : `cannot be opened (${code})`, fatal: true });
      continue;
    }
    if (st.isDirectory()) {
      const files = listArticles(given);
      if (files.length === 0) problems.push({ path: given, reason: `holds no article files (${[...ARTICLE_EXTENSIONS].join(', ')})`, fatal: true });
      files.forEach(readOne);
    } else readOne(given);
  }
  return { articles, problems };
}

/**
 * Why a path cannot be read as an article, checked before opening it: only regular files are
 * read (a FIFO or device would block or consume someone else's data), and a file whose size
 * alone rules it out is refused without loading it.
 */
function unreadable(path: string): string | null {
  let st;
  try { st = statSync(path); } catch (e) { return `cannot be opened (${(e as NodeJS.ErrnoException).code})`; }
  if (st.isDirectory()) return 'is a folder';
  if (!st.isFile()) return 'is not a regular file';
  // UTF-8 needs at least one byte per UTF-16 unit of text; UTF-16 two. Four bytes per unit is past any doubt.
  if (st.size > 4 * MAX_ARTICLE_CHARS) return `is too large to align (${(st.size / 1e6).toFixed(1)} MB)`;
  return null;
}

/** Article files under a folder, as the folder path joined with each file's path inside it. */
function listArticles(folder: string): string[] {
  const out: string[] = [];
  const base = folder.replace(/[\\/]+$/, '') || folder;
  const walk = (dir: string) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      // Joined as given ("./corpus/" stays "./corpus/…" at every depth), not normalised.
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()) && (e.isFile() || (e.isSymbolicLink() && linksToFile(p)))) out.push(p);
    }
  };
  walk(base);
  return out;
}

/** A link to a regular file (links to folders are not followed). */
function linksToFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}
