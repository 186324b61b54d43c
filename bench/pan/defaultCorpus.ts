/**
 * Where the PAN 2013 training corpus is looked for when no path is given: `$PAN13_DIR`, else
 * `shared/data/pan13-train` beside the repository (where the workspace and CI keep it).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function defaultPanCorpus(): string | null {
  const candidates = [
    process.env.PAN13_DIR,
    resolve(import.meta.dirname, '../../../shared/data/pan13-train'),
    resolve(process.cwd(), '../shared/data/pan13-train'),
  ];
  for (const c of candidates) if (c && existsSync(join(c, 'pairs'))) return c;
  return null;
}
