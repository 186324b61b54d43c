import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeArticle, type ArticleInput } from '../core/index';

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
    try { real = realpathSync(path); } catch { real = path; }
    if (seen.has(real)) return;
    seen.add(real);
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
    else if (decoded.text.trim() === '') problems.push({ path, reason: 'holds only white space; nothing to align', fatal: false });
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

/** Article files under a folder, as the folder path joined with each file's path inside it. */
function listArticles(folder: string): string[] {
  const out: string[] = [];
  const base = folder.replace(/[\\/]+$/, '') || folder;
  const walk = (dir: string) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = dir === base ? `${base}/${e.name}` : join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  walk(base);
  return out;
}
