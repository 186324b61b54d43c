/**
 * The layout of a PAN text-alignment corpus on disk: `src/`, `susp/`, and one folder per
 * obfuscation kind holding a `pairs` file and one gold XML per pair.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectionFileName, parsePanXml } from './xml';
import type { PanAnnotation } from './annotation';

export interface PanPair {
  /** File names as they appear in `pairs`, e.g. `suspicious-document00005.txt`. */
  readonly susp: string;
  readonly source: string;
  /** Obfuscation folder, e.g. `02-no-obfuscation`. */
  readonly folder: string;
}

function parsePairLines(text: string): Array<[string, string, string | undefined]> {
  const out: Array<[string, string, string | undefined]> = [];
  for (const line of text.split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length >= 2 && f[0]) out.push([f[0], f[1], f[2]]);
  }
  return out;
}

/** The obfuscation folders: sub-directories that hold a `pairs` file, sorted by name. */
export function panFolders(corpusDir: string): string[] {
  return readdirSync(corpusDir)
    .filter((name) => {
      const p = join(corpusDir, name);
      return statSync(p).isDirectory() && existsSync(join(p, 'pairs'));
    })
    .sort();
}

/** Every pair of the corpus, folder by folder, in each folder's `pairs` order. */
export function allPairs(corpusDir: string): PanPair[] {
  const out: PanPair[] = [];
  for (const folder of panFolders(corpusDir)) {
    for (const [susp, source] of parsePairLines(readFileSync(join(corpusDir, folder, 'pairs'), 'utf8'))) {
      out.push({ susp, source, folder });
    }
  }
  return out;
}

/** The first `perFolder` pairs of each folder (50 gives the corpus's sample of 250). */
export function limitedPairs(corpusDir: string, perFolder: number): PanPair[] {
  const counts = new Map<string, number>();
  return allPairs(corpusDir).filter((p) => {
    const n = counts.get(p.folder) ?? 0;
    counts.set(p.folder, n + 1);
    return n < perFolder;
  });
}

/** Pairs listed in a file of `susp source folder` lines (like `pairs_sample250_with_category.txt`). */
export function pairsFromCategoryFile(file: string): PanPair[] {
  return parsePairLines(readFileSync(file, 'utf8')).map(([susp, source, folder]) => {
    if (!folder) throw new Error(`${file}: a line lacks its folder column`);
    return { susp, source, folder };
  });
}

/** Gold cases of the given pairs, read from each pair's XML in its folder. */
export function goldCases(corpusDir: string, pairs: readonly PanPair[]): PanAnnotation[] {
  const out: PanAnnotation[] = [];
  for (const p of pairs) {
    const file = join(corpusDir, p.folder, detectionFileName(p.susp, p.source));
    if (!existsSync(file)) throw new Error(`missing gold file ${file}`);
    out.push(...parsePanXml(readFileSync(file, 'utf8'), 'plagiarism'));
  }
  return out;
}

/** Text of a corpus document as decoded UTF-8 (a leading BOM removed). */
export function readPanDocument(corpusDir: string, kind: 'src' | 'susp', name: string): string {
  const text = readFileSync(join(corpusDir, kind, name), 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
