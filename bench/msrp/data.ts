/**
 * Reading the MSR Paraphrase Corpus training split (`shared/data/msrp-train`, read in place):
 * a tab-separated file, UTF-8 with a byte-order mark, a header line, then one pair per line:
 * quality (1 = same meaning), the two sentence ids, the two sentences.
 *
 * The copy here has one line carrying two records (the second's quality digit glued to the
 * end of the first's second sentence, "…late Wednesday.0<TAB>849568…"): such a line is split
 * back into its two records, so 3,676 pairs are read where the README counts 3,675 lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSharedData } from '../harness/sharedData';

export const MSRP_FILE = 'msr_paraphrase_train.txt';

export interface MsrpPair {
  /** Position in the file, from 0. */
  readonly index: number;
  /** 1: people judged the sentences to mean the same; 0: not. */
  readonly label: 0 | 1;
  readonly id1: string;
  readonly id2: string;
  readonly s1: string;
  readonly s2: string;
}

/** `$MSRP_DIR`, else `shared/data/msrp-train` beside the repository (or an ancestor). */
export function defaultMsrpDir(): string | null {
  if (process.env.MSRP_DIR && existsSync(join(process.env.MSRP_DIR, MSRP_FILE))) return process.env.MSRP_DIR;
  return findSharedData('msrp-train', MSRP_FILE);
}

/** Parses the file's text (header line first). Throws on a line it cannot read. */
export function parseMsrp(text: string): MsrpPair[] {
  const pairs: MsrpPair[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const push = (f: readonly string[], line: number) => {
    if (f[0] !== '0' && f[0] !== '1') throw new Error(`msrp line ${line}: quality ${JSON.stringify(f[0])} is not 0 or 1`);
    pairs.push({ index: pairs.length, label: f[0] === '1' ? 1 : 0, id1: f[1], id2: f[2], s1: f[3].trim(), s2: f[4].trim() });
  };
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const f = line.split('\t');
    if (f.length === 5) return push(f, i + 2);
    const glued = f.length === 9 ? /^(.*\S)([01])$/.exec(f[4]) : null;
    if (!glued) throw new Error(`msrp line ${i + 2}: ${f.length} tab-separated fields, expected 5`);
    push([...f.slice(0, 4), glued[1]], i + 2);
    push([glued[2], ...f.slice(5)], i + 2);
  });
  return pairs;
}

export function readMsrp(dir: string): MsrpPair[] {
  return parseMsrp(readFileSync(join(dir, MSRP_FILE), 'utf8'));
}
