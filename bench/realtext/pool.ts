/**
 * The pool of real text the real-text benchmarks draw on: the source documents of the PAN
 * 2013 training corpus (`pan13-train/src`), read in place, cut into base paragraphs and
 * titles that do not repeat each other (paragraphs.ts), plus the vocabulary edits draw
 * their words from. The pool does not depend on any seed; a seed only decides the order in
 * which a benchmark uses it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPanCorpus } from '../pan/defaultCorpus';
import { keepDistinct, keepDistinctTitles, splitDocument, type BaseParagraph } from './paragraphs';
import { wordsOf } from './wordRuns';

export interface RealTextPool {
  readonly dir: string;
  readonly documents: number;
  /** Base paragraphs in document order, no two sharing an 8-word run. */
  readonly paragraphs: readonly BaseParagraph[];
  /** Heading-like lines, unique and sharing no 8-word run with the paragraphs. */
  readonly titles: readonly string[];
  /**
   * Words for edits, most frequent first, without the VOCABULARY_SKIP most frequent (function
   * words such as "the", which would otherwise make up most edits) and without words seen once.
   */
  readonly vocabulary: readonly string[];
  /** Paragraphs cut before de-duplication. */
  readonly candidates: number;
}

export const VOCABULARY_SKIP = 100;

/**
 * Where the real text is looked for when no path is given: `$REAL_TEXT_DIR`, else the `src`
 * folder of the PAN corpus bench/pan/defaultCorpus.ts finds (`../shared/data/pan13-train`).
 */
export function defaultRealTextDir(): string | null {
  if (process.env.REAL_TEXT_DIR) return process.env.REAL_TEXT_DIR;
  const pan = defaultPanCorpus();
  return pan && existsSync(join(pan, 'src')) ? join(pan, 'src') : null;
}

const cache = new Map<string, RealTextPool>();

/** Reads and cuts every `.txt` file of `dir` (cached per directory for the process). */
export function loadPool(dir: string): RealTextPool {
  const hit = cache.get(dir);
  if (hit) return hit;
  if (!existsSync(dir)) throw new Error(`real text not found: ${dir} (give --src DIR or set REAL_TEXT_DIR)`);
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt files in ${dir}`);
  const all: BaseParagraph[] = [];
  const titles: string[] = [];
  for (const name of names) {
    const parts = splitDocument(readFileSync(join(dir, name), 'utf8'), name);
    all.push(...parts.paragraphs);
    titles.push(...parts.titles);
  }
  const seen = new Set<number>();
  const paragraphs = keepDistinct(all, seen);
  const pool: RealTextPool = {
    dir,
    documents: names.length,
    paragraphs,
    titles: keepDistinctTitles(titles, seen),
    vocabulary: vocabularyOf(paragraphs),
    candidates: all.length,
  };
  cache.set(dir, pool);
  return pool;
}

/** Letter-only words of 3 to 15 letters seen at least twice, most frequent first. */
export function vocabularyOf(paragraphs: readonly BaseParagraph[]): string[] {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      for (const w of wordsOf(s)) if (/^\p{L}{3,15}$/u.test(w.key)) counts.set(w.key, (counts.get(w.key) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(VOCABULARY_SKIP)
    .map(([w]) => w);
}
